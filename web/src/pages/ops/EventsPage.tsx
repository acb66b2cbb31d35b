import { useCallback, useEffect, useMemo, useState } from 'react';
import { query } from '../../api/client';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Feedback';
import { TextField } from '../../components/Form';
import { DataTable, PageTitle, Section, td, th } from '../../components/Page';
import { useEventStream } from '../../components/useEventStream';
import { useI18n } from '../../i18n/I18n';
import { RateChart } from './RateChart';

interface CloudEvent {
  id: string;
  type: string;
  source: string;
  subject?: string;
  time?: string;
  data?: unknown;
}

const KEEP = 200;
const MINUTES = 15;

/** The bucket (minutes since the epoch) an event falls in. */
const minuteOf = (time: number) => Math.floor(time / 60_000);

/** Events per minute of each type over the last {@link MINUTES} minutes, oldest first. */
export function ratesByType(arrivals: { type: string; at: number }[], now: number): Map<string, number[]> {
  const current = minuteOf(now);
  const rates = new Map<string, number[]>();
  for (const { type, at } of arrivals) {
    const age = current - minuteOf(at);
    if (age < 0 || age >= MINUTES) {
      continue;
    }
    const series = rates.get(type) ?? new Array<number>(MINUTES).fill(0);
    series[MINUTES - 1 - age] += 1;
    rates.set(type, series);
  }
  return rates;
}

/** The ops dashboard's live event stream: every domain event through the gateway, with filters, counters and rates. */
export function EventsPage() {
  const { t, dateTime } = useI18n();
  const [typeText, setTypeText] = useState('');
  const [subjectText, setSubjectText] = useState('');
  const [filter, setFilter] = useState<{ types: string[]; subject: string }>({ types: [], subject: '' });
  const [events, setEvents] = useState<CloudEvent[]>([]);
  const [arrivals, setArrivals] = useState<{ type: string; at: number }[]>([]);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [dropped, setDropped] = useState(0);
  const [paused, setPaused] = useState(false);
  const [now, setNow] = useState(Date.now());
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, []);

  const onEvent = useCallback((type: string, data: string) => {
    if (type === 'dropped') {
      try {
        setDropped((d) => d + Number((JSON.parse(data) as { dropped: number }).dropped));
      } catch {
        // a malformed notice changes nothing
      }
      return;
    }
    let event: CloudEvent;
    try {
      event = JSON.parse(data) as CloudEvent;
    } catch {
      return;
    }
    const at = Date.now();
    setEvents((list) => [event, ...list].slice(0, KEEP));
    setArrivals((list) => [...list.filter((a) => minuteOf(at) - minuteOf(a.at) < MINUTES), { type: event.type, at }]);
    setCounts((c) => ({ ...c, [event.type]: (c[event.type] ?? 0) + 1 }));
  }, []);

  const url = useMemo(
    () => `/api/v1/ops/events${query({ type: filter.types, subject: filter.subject || null })}`,
    [filter],
  );
  const state = useEventStream(() => url, onEvent, { events: ['dropped'], enabled: !paused, retryMs: 5000 });
  // a new filter is a new stream
  useEffect(() => setGeneration((g) => g + 1), [url]);

  const rates = ratesByType(arrivals, now);
  const types = Object.keys(counts).sort();

  return (
    <>
      <PageTitle title={t('ops.eventsTitle')}>{t('ops.eventsTitle')}</PageTitle>
      <p className="mt-2 text-std-16N-170" data-testid="ops-stream-state" key={generation}>
        {paused ? t('ops.paused') : state === 'open' ? t('inbox.live') : state === 'connecting' ? t('inbox.connecting') : t('inbox.offline')}
      </p>
      <form
        className="mt-4 flex flex-wrap items-end gap-4"
        aria-label={t('ops.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilter({
            types: typeText.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean),
            subject: subjectText.trim(),
          });
        }}
      >
        <div className="min-w-72 flex-1">
          <TextField id="ops-type" label={t('ops.type')} hint={t('ops.typeHint')} showRequirement={false} value={typeText} onChange={(e) => setTypeText(e.target.value)} />
        </div>
        <div className="min-w-56">
          <TextField id="ops-subject" label={t('ops.subject')} showRequirement={false} value={subjectText} onChange={(e) => setSubjectText(e.target.value)} />
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t('ops.applyFilter')}</Button>
          <Button variant="secondary" onClick={() => setPaused(!paused)} aria-pressed={paused}>
            {paused ? t('ops.resume') : t('ops.pause')}
          </Button>
        </div>
      </form>
      {dropped > 0 ? <Notice kind="warning" className="mt-4" title={t('ops.dropped', { count: dropped })} /> : null}
      <Section title={t('ops.counters')} id="counters">
        {types.length === 0 ? <p>{t('ops.noEvents')}</p> : null}
        {types.length > 0 ? (
          <DataTable caption={t('ops.countersCaption', { minutes: MINUTES })} id="ops-counters">
            <thead>
              <tr>
                <th scope="col" className={th}>{t('ops.type')}</th>
                <th scope="col" className={`${th} text-right`}>{t('ops.count')}</th>
                <th scope="col" className={th}>{t('ops.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {types.map((type) => (
                <tr key={type}>
                  <th scope="row" className={`${td} font-mono font-normal`}>{type}</th>
                  <td className={`${td} text-right`} data-testid={`count-${type}`}>{counts[type]}</td>
                  <td className={td}>
                    <RateChart type={type} perMinute={rates.get(type) ?? new Array<number>(MINUTES).fill(0)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : null}
      </Section>
      <Section title={t('ops.latest')} id="latest">
        <ul className="flex flex-col gap-2" aria-live="off">
          {events.map((event) => (
            <li key={event.id} className="rounded-6 border border-solid-gray-300 px-3 py-2">
              <details>
                <summary className="cursor-pointer text-dns-16N-130">
                  <span className="font-mono">{event.type}</span>
                  {event.time ? <span className="ml-2 text-solid-gray-700">{dateTime(event.time)}</span> : null}
                  {event.subject ? <span className="ml-2 font-mono text-dns-14N-130">{event.subject}</span> : null}
                </summary>
                <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all text-mono-14N-150">{JSON.stringify(event, null, 2)}</pre>
              </details>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
