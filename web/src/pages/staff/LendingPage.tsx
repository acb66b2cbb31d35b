import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, get, query } from '../../api/client';
import type { Device, Reservation, Site, WeekCalendar } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice, Tag } from '../../components/Feedback';
import { SelectField } from '../../components/Form';
import { PageTitle, Section } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useDepartments } from '../../components/useDepartments';
import { addDays, mondayOf, today } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18n';
import { purposeLabel, reservationStatusLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';
import { BookingForm } from './BookingForm';
import { BookingGrid, type Slot } from './BookingGrid';

/** The bookings of the signed-in member of staff that can still be cancelled (until hand-over). */
const CANCELLABLE = new Set(['PENDING', 'CONFIRMED']);

function MyBookings({ round, onChanged }: { round: number; onChanged(): void }) {
  const { t, language, dateTime } = useI18n();
  const mine = useAsync((signal) => get<Reservation[]>('/api/v1/lending/reservations/mine?active=true', signal), [round]);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState('');
  return (
    <Section title={t('lending.mine')} id="my-bookings">
      <ActionError error={failure} />
      {done ? <Notice kind="success" live="status" title={done} className="mb-3" /> : null}
      {mine.error ? <LoadError error={mine.error} /> : null}
      {!mine.data && mine.loading ? <Loading /> : null}
      {mine.data && mine.data.length === 0 ? <p>{t('lending.mineNone')}</p> : null}
      <ul className="flex flex-col gap-3">
        {(mine.data ?? []).map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 rounded-8 border border-solid-gray-300 p-3">
            <div>
              <p className="text-std-16B-170">
                {dateTime(r.start)} – {dateTime(r.end)}
              </p>
              <p className="text-dns-16N-130">
                <Tag tone={r.status === 'PENDING' ? 'warning' : 'info'}>{reservationStatusLabel(r.status, language)}</Tag>{' '}
                {purposeLabel(r.purpose, language)} · {r.siteCode}
              </p>
            </div>
            {CANCELLABLE.has(r.status) ? (
              <Button
                variant="danger"
                size="sm"
                aria-label={t('lending.cancelLabel', { from: dateTime(r.start) })}
                onClick={async () => {
                  setFailure(null);
                  setDone('');
                  try {
                    await api<Reservation>(`/api/v1/lending/reservations/${r.id}/cancel`, { method: 'POST' });
                    setDone(t('lending.cancelled'));
                    onChanged();
                  } catch (error) {
                    setFailure(error);
                  }
                }}
              >
                {t('lending.cancel')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Approvals({ site, round, onChanged }: { site: string; round: number; onChanged(): void }) {
  const { t, language, dateTime } = useI18n();
  const { nameOf } = useDepartments();
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 91 * 86_400_000).toISOString();
  const list = useAsync(
    (signal) => get<Reservation[]>(`/api/v1/lending/reservations${query({ site, from, to })}`, signal),
    [site, round],
  );
  const [comments, setComments] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const pending = (list.data ?? []).filter((r) => r.status === 'PENDING');
  const decide = async (r: Reservation, decision: 'approve' | 'decline') => {
    setFailure(null);
    setDone('');
    try {
      await api<Reservation>(`/api/v1/lending/reservations/${r.id}/${decision}`, {
        method: 'POST',
        body: { comment: comments[r.id]?.trim() || null },
      });
      setDone(decision === 'approve' ? t('lending.approved') : t('lending.declined'));
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <Section title={t('lending.approvals')} id="approvals">
      <ActionError error={failure} />
      {done ? <Notice kind="success" live="status" title={done} className="mb-3" /> : null}
      {list.error ? <LoadError error={list.error} /> : null}
      {list.data && pending.length === 0 ? <p>{t('lending.approvalsNone')}</p> : null}
      <ul className="flex flex-col gap-3">
        {pending.map((r) => (
          <li key={r.id} className="flex flex-col gap-3 rounded-8 border-2 border-warning-yellow-2 p-3">
            <p className="text-std-16B-170">
              {dateTime(r.start)} – {dateTime(r.end)}
            </p>
            <p className="text-dns-16N-130">
              {purposeLabel(r.purpose, language)}
              {r.borrower?.name ? ` · ${r.borrower.name}` : ''}
              {r.borrower?.department ? ` · ${nameOf(r.borrower.department)}` : ''}
              {r.note ? ` · ${r.note}` : ''}
            </p>
            <label htmlFor={`decision-${r.id}`} className="text-std-16B-170">
              {t('lending.decisionComment')}
            </label>
            <input
              id={`decision-${r.id}`}
              className="rounded-8 border border-solid-gray-600 px-3 py-2"
              value={comments[r.id] ?? ''}
              onChange={(e) => setComments({ ...comments, [r.id]: e.target.value })}
            />
            <div className="flex flex-wrap gap-3">
              <Button size="sm" onClick={() => void decide(r, 'approve')}>
                {t('lending.approve')}
              </Button>
              <Button size="sm" variant="secondary" onClick={() => void decide(r, 'decline')}>
                {t('lending.decline')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** モバイルPC予約: the week grid of a site (devices × days) with booking, cancelling and the desk's approvals. */
export function LendingPage() {
  const { t, pick } = useI18n();
  const { session, hasRole } = useSession();
  const { nameOf } = useDepartments();
  const [params, setParams] = useSearchParams();
  const sites = useAsync((signal) => get<Site[]>('/api/v1/lending/sites', signal), []);
  const managed = session?.authenticated ? session.managedSite : null;
  const site = params.get('site') ?? managed ?? sites.data?.[0]?.code ?? '';
  const week = params.get('week') ?? mondayOf(today());
  const [round, setRound] = useState(0);
  const [slot, setSlot] = useState<Slot | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const calendar = useAsync(
    (signal) =>
      site ? get<WeekCalendar>(`/api/v1/lending/sites/${site}/calendar?week=${week}`, signal) : Promise.resolve(null),
    [site, week, round],
  );
  const devices = useAsync(
    (signal) => (site ? get<Device[]>(`/api/v1/lending/devices?site=${site}`, signal) : Promise.resolve([])),
    [site],
  );

  useEffect(() => {
    setSlot(null);
  }, [site]);

  const go = (next: { site?: string; week?: string }) =>
    setParams({ site: next.site ?? site, week: next.week ?? week });
  const changed = () => setRound((r) => r + 1);
  const mayApprove = (hasRole('lending-desk') && managed === site) || hasRole('info-policy');

  return (
    <>
      <PageTitle title={t('lending.title')}>{t('lending.title')}</PageTitle>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <div className="min-w-64">
          <SelectField
            id="lending-site"
            label={t('lending.site')}
            showRequirement={false}
            value={site}
            onChange={(e) => go({ site: e.target.value })}
          >
            {(sites.data ?? []).map((s) => (
              <option key={s.code} value={s.code}>
                {pick(s.nameJa, s.nameEn)}
                {s.devices !== null ? ` (${t('lending.devicesCount', { count: s.devices })})` : ''}
              </option>
            ))}
          </SelectField>
        </div>
        <nav aria-label={t('lending.weekNav')} className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={() => go({ week: addDays(week, -7) })}>
            {t('lending.previousWeek')}
          </Button>
          <Button variant="secondary" size="sm" onClick={() => go({ week: mondayOf(today()) })}>
            {t('lending.thisWeek')}
          </Button>
          <Button variant="secondary" size="sm" onClick={() => go({ week: addDays(week, 7) })}>
            {t('lending.nextWeek')}
          </Button>
        </nav>
      </div>
      <div className="mt-4">
        {sites.error ? <LoadError error={sites.error} /> : null}
        {calendar.error ? <LoadError error={calendar.error} onRetry={calendar.reload} /> : null}
        {!calendar.data && calendar.loading ? <Loading /> : null}
        {calendar.data ? (
          <BookingGrid
            calendar={calendar.data}
            departmentName={(code) => nameOf(code)}
            onPick={(picked) => {
              setSlot(picked);
              formRef.current?.querySelector<HTMLElement>('#booking-device')?.focus();
            }}
          />
        ) : null}
      </div>
      <div className="mt-6">
        {site ? (
          <BookingForm ref={formRef} siteCode={site} devices={devices.data ?? []} slot={slot} onBooked={changed} />
        ) : null}
      </div>
      <MyBookings round={round} onChanged={changed} />
      {mayApprove && site ? <Approvals site={site} round={round} onChanged={changed} /> : null}
    </>
  );
}
