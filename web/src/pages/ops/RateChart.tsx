import { useI18n } from '../../i18n/I18n';

/** The colours, from the Digital Agency's design tokens (CSS custom properties of @digital-go-jp/design-tokens). */
const bar = 'fill-[var(--color-primitive-blue-900)]';
const axis = 'stroke-[var(--color-neutral-solid-gray-600)]';

/** Events per minute of one type over the last minutes, as small bars (the newest on the right). */
export function RateChart({ type, perMinute }: { type: string; perMinute: number[] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...perMinute);
  const width = 8;
  const gap = 2;
  const height = 32;
  return (
    <svg
      role="img"
      aria-label={t('ops.rateLabel', { type, minutes: perMinute.length, last: perMinute[perMinute.length - 1] ?? 0 })}
      viewBox={`0 0 ${perMinute.length * (width + gap)} ${height + 1}`}
      width={perMinute.length * (width + gap)}
      height={height + 1}
    >
      {perMinute.map((count, index) => {
        const h = (count / max) * height;
        return <rect key={index} x={index * (width + gap)} y={height - h} width={width} height={h} className={bar} />;
      })}
      <line x1="0" x2={perMinute.length * (width + gap)} y1={height + 0.5} y2={height + 0.5} className={axis} />
    </svg>
  );
}
