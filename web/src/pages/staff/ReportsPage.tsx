import { useSearchParams } from 'react-router';
import { get } from '../../api/client';
import type { ProgressReport } from '../../api/types';
import { Loading, LoadError } from '../../components/Feedback';
import { SelectField } from '../../components/Form';
import { DataTable, PageTitle, Section, td, th } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { today } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18n';
import { ProgressChart } from './ProgressChart';

/** The fiscal year (April to March) a day lies in, as the Gregorian year it starts in. */
export function fiscalYearOf(day: string): number {
  const [year, month] = day.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

function eraLabel(year: number, language: 'ja' | 'en'): string {
  const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, 3, 1)),
  );
  return language === 'ja' ? `${era}度 (FY${year})` : `FY${year} (${era}度)`;
}

/** 進捗報告: a fiscal year's online-ization progress per department, as a chart and as the table it was printed as. */
export function ReportsPage() {
  const { t, pick, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const current = fiscalYearOf(today());
  const year = Number(params.get('fy') ?? current);
  const years = Array.from({ length: current - 2019 + 2 }, (_, i) => current + 1 - i);
  const report = useAsync((signal) => get<ProgressReport>(`/api/v1/reports/fiscal-years/${year}/progress`, signal), [year]);
  const r = report.data;
  return (
    <>
      <PageTitle title={t('reports.title')}>{t('reports.title')}</PageTitle>
      <div className="mt-4 max-w-xs">
        <SelectField id="report-year" label={t('reports.year')} showRequirement={false} value={String(year)} onChange={(e) => setParams({ fy: e.target.value })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {eraLabel(y, language)}
            </option>
          ))}
        </SelectField>
      </div>
      {report.error ? <LoadError error={report.error} /> : null}
      {!r && report.loading ? <Loading /> : null}
      {r ? (
        <>
          <p className="mt-4 text-std-17B-170">
            {t('reports.totals', {
              year: pick(r.fiscalYear.era, r.fiscalYear.gregorian),
              planned: r.totals.planned,
              completed: r.totals.completed,
              revised: r.totals.revised,
            })}
          </p>
          {r.rows.length === 0 ? (
            <p className="mt-2">{t('reports.none')}</p>
          ) : (
            <>
              <Section title={t('reports.chart')} id="chart">
                <ProgressChart report={r} />
              </Section>
              <Section title={t('reports.table')} id="table">
                <DataTable caption={t('reports.tableCaption', { year: pick(r.fiscalYear.era, r.fiscalYear.gregorian) })} id="progress-table">
                  <thead>
                    <tr>
                      <th scope="col" className={th}>{t('reports.department')}</th>
                      <th scope="col" className={`${th} text-right`}>{t('reports.planned')}</th>
                      <th scope="col" className={`${th} text-right`}>{t('reports.completed')}</th>
                      <th scope="col" className={`${th} text-right`}>{t('reports.revised')}</th>
                      <th scope="col" className={th}>{t('reports.contents')}</th>
                      <th scope="col" className={th}>{t('reports.note')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.rows.map((row) => (
                      <tr key={row.department.code}>
                        <th scope="row" className={`${td} font-normal`}>{pick(row.department.name, row.department.nameEn)}</th>
                        <td className={`${td} text-right`}>{row.counts.planned}</td>
                        <td className={`${td} text-right`}>{row.counts.completed}</td>
                        <td className={`${td} text-right`}>{row.counts.revised}</td>
                        <td className={td}>{row.contents ? pick(row.contents.ja, row.contents.en) : ''}</td>
                        <td className={td}>{row.note ? pick(row.note.ja, row.note.en) : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" className={th}>{t('reports.total')}</th>
                      <td className={`${th} text-right`}>{r.totals.planned}</td>
                      <td className={`${th} text-right`}>{r.totals.completed}</td>
                      <td className={`${th} text-right`}>{r.totals.revised}</td>
                      <td className={th} />
                      <td className={th} />
                    </tr>
                  </tfoot>
                </DataTable>
              </Section>
            </>
          )}
        </>
      ) : null}
    </>
  );
}
