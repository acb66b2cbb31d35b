import { useCallback, useRef, useState } from 'react';
import { api, get } from '../../api/client';
import type { InboxItem } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Tag } from '../../components/Feedback';
import { PageTitle } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useEventStream } from '../../components/useEventStream';
import { useI18n } from '../../i18n/I18n';

/** Items newest first, each once (the stream may repeat what the list already holds after a reconnect). */
export function mergeItems(current: InboxItem[], incoming: InboxItem[]): InboxItem[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  incoming.forEach((item) => byId.set(item.id, item));
  return [...byId.values()].sort((a, b) => b.sequence - a.sequence);
}

/** 受信箱: the signed-in person's notifications, with new ones arriving live over Server-Sent Events. */
export function InboxPage() {
  const { t, dateTime } = useI18n();
  const [items, setItems] = useState<InboxItem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const loaded = useRef(false);
  const lastSequence = useRef<number | null>(null);

  const list = useAsync(async (signal) => {
    const first = await get<InboxItem[]>('/api/v1/notifications/inbox?limit=100', signal);
    loaded.current = true;
    setItems((current) => mergeItems(current, first));
    const newest = first.reduce((max, item) => Math.max(max, item.sequence), lastSequence.current ?? 0);
    lastSequence.current = newest;
    return first;
  }, []);

  const onEvent = useCallback(
    (_type: string, data: string) => {
      let item: InboxItem;
      try {
        item = JSON.parse(data) as InboxItem;
      } catch {
        return;
      }
      lastSequence.current = Math.max(lastSequence.current ?? 0, item.sequence);
      setItems((current) => mergeItems(current, [item]));
      setAnnouncement(t('inbox.arrived', { title: item.title }));
    },
    [t],
  );

  const stream = useEventStream(
    () =>
      loaded.current
        ? `/api/v1/notifications/inbox/stream${lastSequence.current !== null ? `?after=${lastSequence.current}` : ''}`
        : null,
    onEvent,
    { enabled: list.data !== undefined },
  );

  const markRead = async (item: InboxItem) => {
    setFailure(null);
    try {
      const { data } = await api<InboxItem>(`/api/v1/notifications/inbox/${item.id}/read`, { method: 'POST' });
      setItems((current) => mergeItems(current, [data]));
    } catch (error) {
      setFailure(error);
    }
  };

  const shown = unreadOnly ? items.filter((i) => !i.readAt) : items;
  const unread = items.filter((i) => !i.readAt).length;

  return (
    <>
      <PageTitle title={t('inbox.title')}>{t('inbox.title')}</PageTitle>
      <p className="mt-2 flex flex-wrap items-center gap-3 text-std-16N-170">
        <span>{t('inbox.unread', { count: unread })}</span>
        <span className="text-dns-14N-130 text-solid-gray-700" data-testid="stream-state">
          {stream === 'open' ? t('inbox.live') : stream === 'connecting' ? t('inbox.connecting') : t('inbox.offline')}
        </span>
      </p>
      <div aria-live="polite" role="status" className="sr-only">
        {announcement}
      </div>
      <div className="mt-3 flex items-center gap-3">
        <input
          id="inbox-unread"
          type="checkbox"
          className="size-6 accent-blue-900"
          checked={unreadOnly}
          onChange={(e) => setUnreadOnly(e.target.checked)}
        />
        <label htmlFor="inbox-unread" className="text-std-16N-170">
          {t('inbox.unreadOnly')}
        </label>
      </div>
      <ActionError error={failure} />
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {!list.data && list.loading ? <Loading /> : null}
      {list.data && shown.length === 0 ? <p className="mt-4">{t('inbox.none')}</p> : null}
      <ul className="mt-4 flex flex-col gap-3" aria-label={t('inbox.listLabel')}>
        {shown.map((item) => (
          <li
            key={item.id}
            className={`rounded-8 border p-4 ${item.readAt ? 'border-solid-gray-300' : 'border-2 border-blue-900 bg-blue-50'}`}
          >
            <article aria-labelledby={`n-${item.id}`}>
              <h2 id={`n-${item.id}`} className="flex flex-wrap items-center gap-2 text-std-17B-170">
                {item.urgent ? <Tag tone="error">{t('inbox.urgent')}</Tag> : null}
                {!item.readAt ? <Tag tone="info">{t('inbox.new')}</Tag> : null}
                <span>{item.title}</span>
              </h2>
              <p className="text-dns-14N-130 text-solid-gray-700">
                <time dateTime={item.createdAt}>{dateTime(item.createdAt)}</time>
              </p>
              <p className="mt-2 whitespace-pre-line text-std-16N-170">{item.body}</p>
              {!item.readAt ? (
                <Button
                  variant="tertiary"
                  size="sm"
                  className="mt-2"
                  onClick={() => void markRead(item)}
                  aria-label={t('inbox.markReadLabel', { title: item.title })}
                >
                  {t('inbox.markRead')}
                </Button>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
