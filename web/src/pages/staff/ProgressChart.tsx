import type { ProgressReport } from '../../api/types';
import { useI18n } from '../../i18n/I18n';

/** The colours, from the Digital Agency's design tokens (CSS custom properties of @digital-go-jp/design-tokens). */
const colour = {
  completed: 'fill-[var(--color-primitive-green-800)]',
  revised: 'fill-[var(--color-primitive-orange-800)]',
  open: 'fill-[var(--color-neutral-solid-gray-420)]',
  text: 'fill-[var(--color-neutral-solid-gray-900)]',
  grid: 'stroke-[var(--color-neutral-solid-gray-200)]',
};

/**
 * The year's progress per department as horizontal bars: completed, revised and still open, stacked to the number
 * planned. Drawn as plain SVG styled by classes (no inline styles: the Content-Security-Policy allows none); the table beside it carries the same figures for screen readers.
 */
export function ProgressChart({ report }: { report: ProgressReport }) {
  const { t, pick } = useI18n();
  const rows = report.rows;
  const max = Math.max(1, ...rows.map((r) => r.counts.planned));
  const labelWidth = 190;
  const barWidth = 420;
  const rowHeight = 28;
  const top = 36;
  const height = top + rows.length * rowHeight + 8;
  const scale = (n: number) => (n / max) * barWidth;
  const legend = [
    { key: 'completed', label: t('reports.completed'), fill: colour.completed },
    { key: 'revised', label: t('reports.revised'), fill: colour.revised },
    { key: 'open', label: t('reports.open'), fill: colour.open },
  ];
  return (
    <svg
      role="img"
      aria-labelledby="progress-chart-title"
      viewBox={`0 0 ${labelWidth + barWidth + 60} ${height}`}
      className="h-auto w-full max-w-3xl"
      data-testid="progress-chart"
    >
      <title id="progress-chart-title">
        {t('reports.chartTitle', { year: pick(report.fiscalYear.era, report.fiscalYear.gregorian) })}
      </title>
      {legend.map((item, index) => (
        <g key={item.key} transform={`translate(${labelWidth + index * 140}, 8)`}>
          <rect width="14" height="14" className={item.fill} />
          <text x="20" y="12" fontSize="13" className={colour.text}>
            {item.label}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = top + index * rowHeight;
        const c = row.counts;
        const completed = scale(c.completed);
        const revised = scale(c.revised);
        const open = scale(Math.max(0, c.planned - c.completed - c.revised));
        return (
          <g key={row.department.code}>
            <text x={labelWidth - 8} y={y + 17} fontSize="13" textAnchor="end" className={colour.text}>
              {pick(row.department.name, row.department.nameEn)}
            </text>
            <line x1={labelWidth} x2={labelWidth + barWidth} y1={y + rowHeight - 2} y2={y + rowHeight - 2} className={colour.grid} />
            <rect x={labelWidth} y={y + 4} width={completed} height={18} className={colour.completed}>
              <title>{`${t('reports.completed')} ${c.completed}`}</title>
            </rect>
            <rect x={labelWidth + completed} y={y + 4} width={revised} height={18} className={colour.revised}>
              <title>{`${t('reports.revised')} ${c.revised}`}</title>
            </rect>
            <rect x={labelWidth + completed + revised} y={y + 4} width={open} height={18} className={colour.open}>
              <title>{`${t('reports.open')} ${Math.max(0, c.planned - c.completed - c.revised)}`}</title>
            </rect>
            <text x={labelWidth + completed + revised + open + 6} y={y + 17} fontSize="13" className={colour.text}>
              {c.planned}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
