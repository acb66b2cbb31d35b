import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderPage, staff } from '../test/render';
import { Layout } from './Layout';

describe('the page frame', () => {
  it('starts with a skip link to the main landmark and names its navigation landmarks', async () => {
    mockFetch({ 'GET /auth/session': { authenticated: false } });
    renderPage(<Layout><p>本文</p></Layout>);
    const skip = screen.getAllByRole('link')[0];
    expect(skip).toHaveTextContent('本文へスキップ');
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '市民向けメニュー' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '職員向けメニュー' })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'ログイン' })).toHaveAttribute('href', '/auth/login?returnTo=%2F&lang=ja');
  });

  it('shows staff their menu and switches every word to English, remembering the choice', async () => {
    const user = userEvent.setup();
    mockFetch({ 'GET /auth/session': staff, 'GET /api/v1/lending/disaster-mode': [], 'GET /api/v1/lending/sites': [] });
    renderPage(<Layout><p>本文</p></Layout>);
    const nav = await screen.findByRole('navigation', { name: '職員向けメニュー' });
    expect(within(nav).getByRole('link', { name: '受付一覧' })).toHaveAttribute('href', '/staff/inbox');
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('navigation', { name: 'Staff' })).toBeInTheDocument();
    expect(screen.getByText('Signed in as 山本 健太')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('madoguchi.language')).toBe('en');
  });
});
