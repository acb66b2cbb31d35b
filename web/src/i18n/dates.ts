import type { Language } from './messages';

/** The city's time zone: every instant is shown as a clock there reads it. */
export const CITY_ZONE = 'Asia/Tokyo';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (2026-12-01) or an instant (2026-12-01T03:00:00Z) as a Date, or null when it is neither. */
function parse(value: string | Date): { date: Date; dayOnly: boolean } | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : { date: value, dayOnly: false };
  }
  const day = DAY.exec(value);
  if (day) {
    return { date: new Date(Date.UTC(+day[1], +day[2] - 1, +day[3])), dayOnly: true };
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, dayOnly: false };
}

/** The Gregorian day in ISO form (2026-12-01), in the city's zone for an instant. */
export function isoDay(value: string | Date): string {
  const parsed = parse(value);
  if (!parsed) {
    return String(value);
  }
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: parsed.dayOnly ? 'UTC' : CITY_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(parsed.date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A day with its era year first and the Gregorian date beside it: 令和8年12月1日 (2026-12-01), or in English
 * 1 December, Reiwa 8 (2026-12-01). A calendar day is shown as it is; an instant as the city's day.
 */
export function formatDate(value: string | Date, language: Language): string {
  const parsed = parse(value);
  if (!parsed) {
    return String(value);
  }
  const zone = parsed.dayOnly ? 'UTC' : CITY_ZONE;
  return `${eraDay(parsed.date, zone, language)} (${isoDay(value)})`;
}

/** An instant with its era date and the time of day in the city: 令和8年12月1日 (2026-12-01) 9:30. */
export function formatDateTime(value: string | Date, language: Language): string {
  const parsed = parse(value);
  if (!parsed) {
    return String(value);
  }
  if (parsed.dayOnly) {
    return formatDate(value, language);
  }
  return `${formatDate(value, language)} ${formatTime(parsed.date)}`;
}

/** The time of day in the city, 24-hour: 9:30. */
export function formatTime(value: string | Date): string {
  const parsed = parse(value);
  if (!parsed) {
    return String(value);
  }
  return new Intl.DateTimeFormat('ja-JP', { timeZone: CITY_ZONE, hour: 'numeric', minute: '2-digit' }).format(
    parsed.date,
  );
}

function eraDay(date: Date, zone: string, language: Language): string {
  if (language === 'ja') {
    return new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      timeZone: zone,
      era: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(date);
  }
  const parts = new Intl.DateTimeFormat('en-GB-u-ca-japanese', {
    timeZone: zone,
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')}, ${part('era')} ${part('year')}`;
}

/** The Monday of the week a day lies in, as an ISO day. */
export function mondayOf(day: string): string {
  const date = new Date(Date.UTC(...ymd(day)));
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday);
  return date.toISOString().slice(0, 10);
}

/** A day some days after another, both ISO days. */
export function addDays(day: string, days: number): string {
  const date = new Date(Date.UTC(...ymd(day)));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in the city, as an ISO day. */
export function today(now: Date = new Date()): string {
  return isoDay(now);
}

/**
 * The instant a clock in the city shows at a day and time (2026-12-01, 09:30) as ISO-8601 with the city's offset.
 * Japan keeps no daylight saving time, so the offset is always +09:00.
 */
export function cityInstant(day: string, time: string): string {
  return `${day}T${time.length === 5 ? `${time}:00` : time}+09:00`;
}

/** The city's clock time (HH:mm) of an instant. */
export function cityClock(value: string | Date): string {
  const parsed = parse(value);
  if (!parsed) {
    return '';
  }
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: CITY_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(parsed.date);
}

/** The weekday of an ISO day, short: 月 / Mon. */
export function weekday(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'UTC', weekday: 'short' }).format(
    new Date(Date.UTC(...ymd(day))),
  );
}

function ymd(day: string): [number, number, number] {
  const match = DAY.exec(day);
  if (!match) {
    throw new Error(`not a day: ${day}`);
  }
  return [+match[1], +match[2] - 1, +match[3]];
}
