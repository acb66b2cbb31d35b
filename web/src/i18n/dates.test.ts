import { describe, expect, it } from 'vitest';
import { addDays, cityInstant, formatDate, formatDateTime, mondayOf, weekday } from './dates';

describe('dates with the era year and the Gregorian date beside it', () => {
  it('shows a calendar day with its Reiwa year in Japanese', () => {
    expect(formatDate('2026-12-01', 'ja')).toBe('令和8年12月1日 (2026-12-01)');
  });

  it('shows the first year of an era as 元年', () => {
    expect(formatDate('2019-05-01', 'ja')).toBe('令和元年5月1日 (2019-05-01)');
  });

  it('shows the era in English with the Gregorian date', () => {
    expect(formatDate('2023-04-01', 'en')).toBe('1 April, Reiwa 5 (2023-04-01)');
  });

  it('shows an instant as the day and time a clock in the city reads', () => {
    // 15:30 UTC on 30 November is 00:30 on 1 December in Tokyo
    expect(formatDateTime('2026-11-30T15:30:00Z', 'ja')).toBe('令和8年12月1日 (2026-12-01) 0:30');
  });

  it('keeps a calendar day as it is, whatever the zone', () => {
    expect(formatDateTime('2027-03-31', 'ja')).toBe('令和9年3月31日 (2027-03-31)');
  });

  it('finds the Monday of a week and moves by days across a month', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(addDays('2026-11-30', 7)).toBe('2026-12-07');
    expect(weekday('2026-11-30', 'ja')).toBe('月');
  });

  it('reads a city clock time as an instant at +09:00', () => {
    expect(new Date(cityInstant('2026-12-01', '09:30')).toISOString()).toBe('2026-12-01T00:30:00.000Z');
  });
});
