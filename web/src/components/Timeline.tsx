import type { Step } from '../api/types';
import { useI18n } from '../i18n/I18n';

/** The steps an application went through, oldest first, each with its time and the comment given. */
export function StatusTimeline({ steps }: { steps: Step[] }) {
  const { t, pick, dateTime } = useI18n();
  return (
    <ol className="relative ml-3 border-l-4 border-blue-200">
      {steps.map((step, index) => {
        const last = index === steps.length - 1;
        return (
          <li key={index} className="relative mb-5 pl-6" aria-current={last ? 'step' : undefined}>
            <span
              aria-hidden="true"
              className={`absolute -left-[14px] top-1 block size-6 rounded-full border-4 ${last ? 'border-blue-900 bg-blue-900' : 'border-blue-900 bg-white'}`}
            />
            <p className="text-std-17B-170">
              {pick(step.to.ja, step.to.en)}
              {last ? <span className="ml-2 text-dns-14N-130">（{t('timeline.current')}）</span> : null}
            </p>
            <p className="text-dns-16N-130 text-solid-gray-700">
              <time dateTime={step.at}>{dateTime(step.at)}</time>
              {step.action ? ` · ${pick(step.action.ja, step.action.en)}` : ''}
            </p>
            {step.comment ? (
              <p className="mt-1 whitespace-pre-line rounded-6 bg-solid-gray-50 px-3 py-2 text-std-16N-170">
                {step.comment}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
