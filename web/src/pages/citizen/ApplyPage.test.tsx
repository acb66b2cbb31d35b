import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Form } from '../../api/types';
import { citizen, json, mockFetch, renderPage } from '../../test/render';
import { ApplyPage } from './ApplyPage';

const form: Form = {
  id: 'f1',
  kind: 'PROCEDURE',
  kindLabel: { ja: '手続き', en: 'Procedure' },
  departmentCode: 'kenko-kosodate',
  status: 'PUBLISHED',
  open: true,
  version: 1,
  title: '妊娠届出書',
  titleEn: 'Pregnancy notification',
  description: null,
  descriptionEn: null,
  fields: [
    { key: 'name', label: '氏名', labelEn: 'Name', type: 'TEXT', required: true, maxLength: 50 },
    { key: 'dueDate', label: '出産予定日', labelEn: 'Expected date of birth', type: 'DATE', required: true },
    { key: 'consent', label: '個人情報の取扱いに同意します', labelEn: 'I agree', type: 'CONSENT', required: true },
  ],
  acceptsAnonymous: false,
  opensAt: null,
  closesAt: null,
  procedureIds: [],
  standardProcessingDays: 5,
  attachmentLimits: null,
  publicUrl: 'http://localhost:8080/forms/f1',
  qrPng: '/api/v1/forms/f1/qr.png',
  qrSvg: '/api/v1/forms/f1/qr.svg',
  revision: 2,
};

const rejected = json(
  {
    type: 'https://madoguchi.org/problems/answers-rejected',
    title: '回答に誤りがあります',
    status: 422,
    detail: '2件の回答を確認してください。',
    errors: [
      { field: 'answers.dueDate', code: 'answer-required', message: '入力してください' },
      { field: 'answers.consent', code: 'consent-required', message: '同意が必要です' },
    ],
  },
  422,
);

describe('the form page', () => {
  it('renders the form from its field definitions, each control labelled, with the required ones marked', async () => {
    mockFetch({ 'GET /auth/session': citizen, 'GET /api/v1/forms/f1': form });
    renderPage(<ApplyPage />, { path: '/forms/:id', route: '/forms/f1' });
    expect(await screen.findByLabelText(/氏名/)).not.toHaveAttribute('type', 'date');
    const dueDate = screen.getByRole('group', { name: /出産予定日/ });
    expect(within(dueDate).getAllByRole('textbox').map((box) => box.getAttribute('aria-label'))).toEqual(['年', '月', '日']);
    expect(screen.getByRole('checkbox', { name: '個人情報の取扱いに同意します' })).toBeInTheDocument();
    expect(screen.getByLabelText(/氏名/)).toHaveAttribute('aria-required', 'true');
    expect(screen.getByText('標準処理期間：5 開庁日')).toBeInTheDocument();
  });

  it('shows the server\'s field errors beside each field and in an announced summary that links to them', async () => {
    const user = userEvent.setup();
    const calls = mockFetch({
      'GET /auth/session': citizen,
      'GET /api/v1/forms/f1': form,
      'POST /api/v1/forms/f1/applications': rejected,
    });
    renderPage(<ApplyPage />, { path: '/forms/:id', route: '/forms/f1' });
    await user.type(await screen.findByLabelText(/氏名/), '見本 花子');
    await user.click(screen.getByRole('button', { name: '申請する' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: '回答に誤りがあります' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['出産予定日: 入力してください', '個人情報の取扱いに同意します: 同意が必要です']);

    const dueDate = screen.getByRole('group', { name: /出産予定日/ });
    expect(dueDate).toHaveAccessibleDescription(expect.stringContaining('入力してください'));
    const year = within(dueDate).getByLabelText('年');
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/氏名/)).not.toHaveAttribute('aria-invalid');

    await user.click(links[0]);
    expect(year).toHaveFocus();
    await user.type(year, '2027');
    await user.type(within(dueDate).getByLabelText('月'), '3');
    await user.type(within(dueDate).getByLabelText('日'), '15');

    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ answers: { name: '見本 花子' } });
    await user.click(screen.getByRole('button', { name: '申請する' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST')[1].body).toEqual({ answers: { name: '見本 花子', dueDate: '2027-03-15' } });
    expect(post?.headers['X-CSRF-Token']).toBe('csrf-123');
    expect(post?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('goes to the receipt with the receipt number once the application is accepted', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /auth/session': citizen,
      'GET /api/v1/forms/f1': form,
      'POST /api/v1/forms/f1/applications': json(
        {
          applicationId: 'a1',
          receiptNumber: { number: 'R8-000123', fiscalYear: 2026, fiscalYearJa: '令和8年度', fiscalYearEn: 'FY2026' },
          status: { code: 'SUBMITTED', ja: '申請済', en: 'Submitted' },
          formId: 'f1',
          formVersion: 1,
          submittedAt: '2026-12-01T01:00:00Z',
          dueDate: '2026-12-08',
          lookupCode: null,
          version: 0,
        },
        201,
      ),
    });
    const { container } = renderPage(<ApplyPage />, { path: '/forms/:id', route: '/forms/f1' });
    await user.click(await screen.findByRole('button', { name: '申請する' }));
    await waitFor(() => expect(container.textContent).toContain('elsewhere'));
  });

  it('asks an anonymous visitor to sign in when the form takes no anonymous answers', async () => {
    mockFetch({ 'GET /auth/session': { authenticated: false }, 'GET /api/v1/forms/f1': form });
    renderPage(<ApplyPage />, { path: '/forms/:id', route: '/forms/f1' });
    expect(await screen.findByText('この申請にはログインが必要です。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ログイン' })).toHaveAttribute(
      'href',
      '/auth/login?returnTo=%2Fforms%2Ff1&lang=ja',
    );
    expect(screen.queryByRole('button', { name: '申請する' })).not.toBeInTheDocument();
  });
});
