import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderPage } from '../../test/render';
import type { SessionState } from '../../session/Session';
import { HealthPage } from './HealthPage';

const ops: SessionState = {
  authenticated: true,
  subject: 'sub-ops1',
  username: 'ops1',
  name: '運用 太郎',
  roles: ['ops'],
  department: 'joho-seisaku',
  managedSite: null,
  locale: 'ja',
  csrfToken: 'csrf-ops',
};

describe('the service health page', () => {
  it('shows each service with its state, circuit and outbox backlog, and says when a service reports none', async () => {
    mockFetch({
      'GET /auth/session': ops,
      // one service down: the group answers 503 with the same body
      'GET /q/health/group/upstreams': json(
        {
          status: 'DOWN',
          checks: [
            {
              name: 'upstreams',
              status: 'DOWN',
              data: {
                applications: 'UP',
                'applications.circuit': 'CLOSED',
                'applications.outbox.pending': 1234,
                'applications.outbox.oldestPendingSeconds': 95,
                lending: 'UP',
                'lending.circuit': 'CLOSED',
                'lending.outbox.pending': 0,
                'lending.outbox.oldestPendingSeconds': 0,
                notification: 'DOWN',
                'notification.circuit': 'OPEN',
              },
            },
          ],
        },
        503,
      ),
    });
    renderPage(<HealthPage />, { path: '/ops/health', route: '/ops/health' });

    const table = await screen.findByRole('table', { name: /アウトボックスの滞留/ });
    const row = (service: string) =>
      within(table)
        .getByRole('rowheader', { name: service })
        .closest('tr') as HTMLTableRowElement;
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['applications', 'lending', 'notification']);
    expect([...row('applications').cells].map((c) => c.textContent)).toEqual(['applications', 'UP', 'CLOSED', '1,234', '95 秒']);
    expect([...row('lending').cells].map((c) => c.textContent)).toEqual(['lending', 'UP', 'CLOSED', '0', '0 秒']);
    expect([...row('notification').cells].map((c) => c.textContent)).toEqual(['notification', 'DOWN', 'OPEN', '—（報告なし）']);
    expect(screen.getByText('DOWN', { selector: 'p span span' })).toBeInTheDocument();
  });
});
