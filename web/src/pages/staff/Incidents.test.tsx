import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../api/types';
import { json, mockFetch, renderPage, staff } from '../../test/render';
import { IncidentsPage } from './IncidentsPage';

const missing: Incident = {
  id: 'i1',
  deviceId: 'd1',
  siteCode: 'honchosha',
  reservationId: 'r1',
  kind: 'MISSING_ITEMS',
  description: '不足: WIRE_LOCK',
  reporter: 'sub-staff1',
  openedAt: '2026-12-01T06:00:00Z',
  reportRequired: true,
};

describe('the incidents page of a borrower', () => {
  it('lists only their own incidents, without the desk\'s site list, and files their 顛末書 with the server\'s field error first', async () => {
    let attempts = 0;
    const calls = mockFetch({
      'GET /auth/session': staff,
      'GET /api/v1/lending/incidents/mine': [missing],
      'GET /api/v1/lending/devices': [{ id: 'd1', number: '001', label: 'No.001', siteCode: 'honchosha', status: 'AVAILABLE', kit: [] }],
      'POST /api/v1/lending/incidents/i1/report': () => {
        attempts += 1;
        return attempts === 1
          ? json({ type: 'https://madoguchi.example/problems/validation-failed', title: '入力内容に誤りがあります', status: 400, errors: [{ field: 'report', message: '2000文字以内で入力してください' }] }, 400)
          : json({ ...missing, report: '置き忘れました。', reportSubmittedAt: '2026-12-01T07:00:00Z' });
      },
    });
    renderPage(<IncidentsPage />, { path: '/staff/incidents', route: '/staff/incidents' });

    const mine = await screen.findByRole('region', { name: 'あなたの事故・顛末書' });
    const card = await within(mine).findByRole('article', { name: /付属品の不足.*No\.001/ });
    expect(card).toHaveTextContent('顛末書が未提出です。');
    expect(screen.queryByRole('region', { name: '拠点の事故' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.startsWith('/api/v1/lending/incidents?'))).toBe(false);
    expect(calls.find((c) => c.url.startsWith('/api/v1/lending/incidents/mine'))?.url).toBe('/api/v1/lending/incidents/mine?open=true');

    await userEvent.type(within(card).getByRole('textbox', { name: /顛末書/ }), '置き忘れました。');
    await userEvent.click(within(card).getByRole('button', { name: '顛末書を登録する' }));
    expect(await within(card).findByText(/2000文字以内で入力してください/)).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: '顛末書を登録する' }));
    expect(await screen.findByRole('status')).toHaveTextContent('顛末書を登録しました。');
    const posted = calls.filter((c) => c.method === 'POST');
    expect(posted.map((c) => c.body)).toEqual([{ report: '置き忘れました。' }, { report: '置き忘れました。' }]);
    expect(posted[0].headers['X-CSRF-Token']).toBe('csrf-staff');
    expect(calls.filter((c) => c.url.startsWith('/api/v1/lending/incidents/mine')).length).toBeGreaterThanOrEqual(2);
  });
});
