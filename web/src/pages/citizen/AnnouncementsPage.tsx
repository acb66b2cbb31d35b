import { get } from '../../api/client';
import type { Announcement } from '../../api/types';
import { Loading, LoadError } from '../../components/Feedback';
import { PageTitle, Section } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';
import { useSession } from '../../session/Session';

function AnnouncementList({ items }: { items: Announcement[] }) {
  const { t, pick, date } = useI18n();
  if (items.length === 0) {
    return <p>{t('announcements.none')}</p>;
  }
  return (
    <ul className="flex flex-col gap-4">
      {items.map((item) => (
        <li key={item.id} id={`a-${item.id}`} className="rounded-8 border border-solid-gray-300 p-4">
          <article aria-labelledby={`a-${item.id}-title`}>
            <h3 id={`a-${item.id}-title`} className="text-std-20B-150">
              {pick(item.title, item.titleEn)}
            </h3>
            <p className="text-dns-14N-130 text-solid-gray-700">
              {t('announcements.period', { from: date(item.from), until: date(item.until) })}
            </p>
            <p className="mt-2 whitespace-pre-line text-std-16N-170">{pick(item.body, item.bodyEn)}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** お知らせ: the public feed, and for staff the announcements to staff and their department as well. */
export function AnnouncementsPage() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const staff = hasRole('staff');
  const feed = useAsync((signal) => get<Announcement[]>('/api/v1/announcements/feed', signal), []);
  const staffFeed = useAsync(
    (signal) => (staff ? get<Announcement[]>('/api/v1/announcements/staff-feed', signal) : Promise.resolve([])),
    [staff],
  );
  return (
    <>
      <PageTitle title={t('announcements.title')}>{t('announcements.title')}</PageTitle>
      <p className="mt-2 text-std-16N-170">
        {t('announcements.feeds')}{' '}
        <a className="text-blue-900 underline" href="/api/v1/announcements/feed.rss">
          RSS
        </a>{' '}
        /{' '}
        <a className="text-blue-900 underline" href="/api/v1/announcements/feed.atom">
          Atom
        </a>
      </p>
      <Section title={t('announcements.public')} id="public-feed">
        {feed.error ? <LoadError error={feed.error} /> : null}
        {!feed.data && feed.loading ? <Loading /> : null}
        {feed.data ? <AnnouncementList items={feed.data} /> : null}
      </Section>
      {staff ? (
        <Section title={t('announcements.staff')} id="staff-feed">
          {staffFeed.error ? <LoadError error={staffFeed.error} /> : null}
          {staffFeed.data ? <AnnouncementList items={staffFeed.data} /> : null}
        </Section>
      ) : null}
    </>
  );
}
