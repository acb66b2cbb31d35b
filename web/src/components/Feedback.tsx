import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/I18n';

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

const noticeStyles: Record<NoticeKind, string> = {
  info: 'border-blue-900 bg-blue-50',
  success: 'border-success-2 bg-green-50',
  warning: 'border-warning-yellow-2 bg-yellow-50',
  error: 'border-error-2 bg-red-50',
};

/**
 * A notification banner. {@code live} makes it a live region: "alert" for what went wrong, "status" for a result
 * the reader should hear without losing their place.
 */
export function Notice({
  kind = 'info',
  title,
  children,
  live,
  className = '',
}: {
  kind?: NoticeKind;
  title?: ReactNode;
  children?: ReactNode;
  live?: 'alert' | 'status';
  className?: string;
}) {
  return (
    <div role={live} className={`rounded-8 border-l-8 border-2 px-4 py-3 ${noticeStyles[kind]} ${className}`}>
      {title ? <p className="text-std-17B-170">{title}</p> : null}
      {children ? <div className="text-std-16N-170">{children}</div> : null}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="text-std-16N-170 text-solid-gray-700">
      {label ?? t('common.loading')}
    </p>
  );
}

/** What a failed read tells the reader: the problem's title and detail in their language, else a generic line. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const problem = error instanceof ApiError ? error.problem : null;
  let title = problem?.title ?? t('common.loadFailed');
  if (error instanceof ApiError && error.status === 404 && !problem?.title) {
    title = t('common.notFound');
  }
  return (
    <Notice kind="error" live="alert" title={title}>
      {problem?.detail ? <p>{problem.detail}</p> : null}
      {onRetry ? (
        <button type="button" className="mt-2 text-blue-900 underline" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </Notice>
  );
}

/** A problem from a step the reader took (not a form's field errors): focused and announced. */
export function ActionError({ error }: { error: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  if (!error) {
    return null;
  }
  const problem = error instanceof ApiError ? error.problem : null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-8 border-2 border-l-8 border-error-2 bg-red-50 px-4 py-3">
      <p className="text-std-17B-170 text-error-2">{problem?.title ?? t('common.actionFailed')}</p>
      {problem?.detail ? <p className="text-std-16N-170">{problem.detail}</p> : null}
      {problem?.errors?.length ? (
        <ul className="ml-6 list-disc text-std-16N-170">
          {problem.errors.map((e, i) => (
            <li key={i}>{e.message ?? e.code}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const tagStyles: Record<string, string> = {
  neutral: 'border-solid-gray-600 bg-white text-solid-gray-800',
  info: 'border-blue-900 bg-blue-50 text-blue-1000',
  success: 'border-success-2 bg-green-50 text-green-1000',
  warning: 'border-warning-yellow-2 bg-yellow-50 text-yellow-1200',
  error: 'border-error-2 bg-red-50 text-red-1000',
};

/** A small label of a status (申請済, 審査中 …), colour and words together, never colour alone. */
export function Tag({ tone = 'neutral', children }: { tone?: keyof typeof tagStyles; children: ReactNode }) {
  return (
    <span className={`inline-block rounded-4 border px-2 py-0.5 text-dns-14B-130 ${tagStyles[tone]}`}>{children}</span>
  );
}

export function applicationTone(code: string): keyof typeof tagStyles {
  switch (code) {
    case 'COMPLETED':
      return 'success';
    case 'RETURNED':
      return 'warning';
    case 'REJECTED':
    case 'WITHDRAWN':
      return 'error';
    case 'RECEIVED':
    case 'UNDER_REVIEW':
      return 'info';
    default:
      return 'neutral';
  }
}
