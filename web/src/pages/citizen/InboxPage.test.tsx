import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InboxItem } from '../../api/types';
import { citizen, mockFetch, renderPage } from '../../test/render';
import { InboxPage, mergeItems } from './InboxPage';

class FakeEventSource {
  static last: FakeEventSource | null = null;
  onopen: (() => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener() {}
  close() {
    this.closed = true;
  }
}

const item = (sequence: number, title: string): InboxItem => ({
  id: `n${sequence}`,
  sequence,
  kind: 'APPLICATION_STATUS_CHANGED',
  urgent: false,
  language: 'ja',
  title,
  body: '本文',
  createdAt: '2026-12-01T00:00:00Z',
  readAt: null,
});

describe('the inbox', () => {
  it('keeps each item once, newest first', () => {
    expect(mergeItems([item(1, 'a'), item(2, 'b')], [item(2, 'b'), item(3, 'c')]).map((i) => i.sequence)).toEqual([3, 2, 1]);
  });

  it('shows a new notification as it arrives on the stream, after the newest one listed, and announces it', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    mockFetch({ 'GET /auth/session': citizen, 'GET /api/v1/notifications/inbox': [item(7, '申請を受け付けました（受付番号 R8-000001）')] });
    renderPage(<InboxPage />, { path: '/inbox', route: '/inbox' });
    expect(await screen.findByText('申請を受け付けました（受付番号 R8-000001）')).toBeInTheDocument();
    await vi.waitFor(() => expect(FakeEventSource.last?.url).toBe('/api/v1/notifications/inbox/stream?after=7'));

    act(() => {
      FakeEventSource.last?.onopen?.();
      FakeEventSource.last?.onmessage?.(
        new MessageEvent('message', { data: JSON.stringify(item(8, '申請の状況が「受付」になりました（受付番号 R8-000001）')) }),
      );
    });
    const list = screen.getByRole('list', { name: '通知' });
    expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toEqual([
      '未読申請の状況が「受付」になりました（受付番号 R8-000001）',
      '未読申請を受け付けました（受付番号 R8-000001）',
    ]);
    expect(screen.getByText('新しい通知：申請の状況が「受付」になりました（受付番号 R8-000001）')).toBeInTheDocument();
    expect(screen.getByTestId('stream-state')).toHaveTextContent('新着を自動で表示しています');
  });
});
