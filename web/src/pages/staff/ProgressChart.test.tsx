import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18n';
import { ratesByType } from '../ops/EventsPage';
import { ProgressChart } from './ProgressChart';
import { fiscalYearOf } from './ReportsPage';

describe('the progress chart', () => {
  it('draws each department as completed, revised and open parts of its plan, scaled to the largest plan', () => {
    const { container } = render(
      <I18nProvider initial="ja">
        <ProgressChart
          report={{
            fiscalYear: { year: 2022, era: '令和4年度', eraEn: 'Reiwa 4', gregorian: 'FY2022', firstDay: '2022-04-01', lastDay: '2023-03-31' },
            rows: [
              { department: { code: 'a', name: '健康・子育て推進課', nameEn: null }, counts: { planned: 10, completed: 6, revised: 2, abolished: 0, open: 2 }, contents: null, note: null },
              { department: { code: 'b', name: '林務水産課', nameEn: null }, counts: { planned: 5, completed: 1, revised: 0, abolished: 0, open: 4 }, contents: null, note: null },
            ],
            totals: { planned: 15, completed: 7, revised: 2, abolished: 0, open: 6 },
          }}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('img', { name: '令和4年度 の課ごとの進捗（完了・対応見直し・未完了）' })).toBeInTheDocument();
    const bars = [...container.querySelectorAll('g > rect')].slice(3).map((r) => Number(r.getAttribute('width')));
    expect(bars).toEqual([252, 84, 84, 42, 0, 168]);
  });

  it('counts fiscal years from April', () => {
    expect(fiscalYearOf('2023-03-31')).toBe(2022);
    expect(fiscalYearOf('2023-04-01')).toBe(2023);
  });
});

describe('the ops event rates', () => {
  it('counts the events of each type per minute over the last fifteen minutes', () => {
    const now = Date.UTC(2026, 11, 1, 0, 10, 30);
    const rates = ratesByType(
      [
        { type: 'a', at: now - 5_000 },
        { type: 'a', at: now - 20_000 },
        { type: 'a', at: now - 61_000 },
        { type: 'b', at: now - 16 * 60_000 },
      ],
      now,
    );
    expect(rates.get('a')?.slice(-3)).toEqual([0, 1, 2]);
    expect(rates.has('b')).toBe(false);
  });
});
