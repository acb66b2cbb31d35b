import { Link, useLocation, useParams } from 'react-router';
import { get } from '../../api/client';
import type { Application } from '../../api/types';
import { Loading, LoadError, Notice } from '../../components/Feedback';
import { PageTitle } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';
import { useSession } from '../../session/Session';
import type { ReceiptState } from './ApplyPage';

/**
 * The receipt after a submission: the receipt number (受付番号) to quote, the due date and, for an anonymous
 * answer, the lookup code (照会番号), which the service gives only once.
 */
export function ReceiptPage() {
  const { id = '' } = useParams();
  const { t, pick, dateTime, date } = useI18n();
  const { session } = useSession();
  const state = useLocation().state as ReceiptState | null;
  const signedIn = Boolean(session?.authenticated);
  const stored = useAsync(
    (signal) =>
      state || !signedIn
        ? Promise.resolve(null)
        : get<Application>(`/api/v1/applications/${encodeURIComponent(id)}`, signal),
    [id, signedIn, Boolean(state)],
  );

  const number = state?.receipt.receiptNumber ?? stored.data?.receiptNumber;
  const title = state ? pick(state.formTitle, state.formTitleEn) : stored.data ? pick(stored.data.form.title, stored.data.form.titleEn) : '';
  const submittedAt = state?.receipt.submittedAt ?? stored.data?.submittedAt;
  const dueDate = state?.receipt.dueDate ?? stored.data?.dueDate;
  const lookupCode = state?.receipt.lookupCode;

  return (
    <>
      <PageTitle title={t('receipt.title')}>{t('receipt.title')}</PageTitle>
      {!state && session && !signedIn ? (
        <Notice kind="info" className="mt-4" title={t('receipt.shownOnce')}>
          <Link to="/lookup" className="text-blue-900 underline">
            {t('nav.lookup')}
          </Link>
        </Notice>
      ) : null}
      {stored.error ? <LoadError error={stored.error} /> : null}
      {!number && stored.loading && !state ? <Loading /> : null}
      {number ? (
        <div className="mt-4 flex flex-col gap-4">
          <Notice kind="success" live="status" title={t('receipt.done', { title })} />
          <div className="rounded-8 border-2 border-blue-900 p-4">
            <p className="text-std-16N-170">{t('receipt.number')}</p>
            <p className="text-std-32B-150 tracking-wider" data-testid="receipt-number">
              {number.number}
            </p>
            <p className="text-dns-16N-130">{t('receipt.fiscalYear', { year: pick(number.fiscalYearJa, number.fiscalYearEn) })}</p>
          </div>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-std-16N-170 sm:grid-cols-[max-content_1fr]">
            {submittedAt ? (
              <>
                <dt className="font-bold">{t('receipt.submittedAt')}</dt>
                <dd>{dateTime(submittedAt)}</dd>
              </>
            ) : null}
            {dueDate ? (
              <>
                <dt className="font-bold">{t('receipt.dueDate')}</dt>
                <dd>{date(dueDate)}</dd>
              </>
            ) : null}
          </dl>
          {lookupCode ? (
            <Notice kind="warning" title={t('receipt.lookupCode')}>
              <p className="text-std-24B-150 tracking-wider" data-testid="lookup-code">
                {lookupCode}
              </p>
              <p>{t('receipt.lookupCodeNote')}</p>
            </Notice>
          ) : null}
          <p>
            {signedIn ? (
              <Link to={`/my/applications/${id}`} className="text-blue-900 underline">
                {t('receipt.seeStatus')}
              </Link>
            ) : (
              <Link to="/lookup" className="text-blue-900 underline">
                {t('nav.lookup')}
              </Link>
            )}
          </p>
        </div>
      ) : null}
    </>
  );
}
