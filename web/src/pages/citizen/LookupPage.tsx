import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { StatusLookup } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, applicationTone, Notice, Tag } from '../../components/Feedback';
import { ErrorSummary, TextField } from '../../components/Form';
import { PageTitle } from '../../components/Page';
import { useI18n } from '../../i18n/I18n';

/** 申請状況の照会: the status of an anonymous application, by its receipt number and lookup code. */
export function LookupPage() {
  const { t, pick, dateTime } = useI18n();
  const [receiptNumber, setReceiptNumber] = useState('');
  const [lookupCode, setLookupCode] = useState('');
  const [result, setResult] = useState<StatusLookup | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const fieldErrors = failure instanceof ApiError ? failure.fieldErrors : {};
  const labels: Record<string, string> = { receiptNumber: t('lookup.receiptNumber'), lookupCode: t('lookup.code') };
  const items = Object.entries(fieldErrors)
    .filter(([field]) => field in labels)
    .map(([field, messages]) => ({ id: `lookup-${field}`, label: labels[field], messages }));
  const notFound = failure instanceof ApiError && failure.status === 404;

  return (
    <>
      <PageTitle title={t('lookup.title')}>{t('lookup.title')}</PageTitle>
      <p className="mt-2 text-std-16N-170">{t('lookup.lead')}</p>
      <form
        noValidate
        className="mt-6 flex max-w-xl flex-col gap-6"
        onSubmit={async (event) => {
          event.preventDefault();
          setFailure(null);
          setResult(null);
          try {
            const { data } = await api<StatusLookup>('/api/v1/applications/lookup', {
              method: 'POST',
              body: { receiptNumber: receiptNumber.trim(), lookupCode: lookupCode.trim() },
            });
            setResult(data);
          } catch (error) {
            setFailure(error);
          }
        }}
      >
        {items.length ? (
          <ErrorSummary
            title={(failure as ApiError).problem?.title ?? t('form.errorTitle')}
            detail={(failure as ApiError).problem?.detail}
            items={items}
          />
        ) : notFound ? (
          <Notice kind="error" live="alert" title={t('lookup.notFound')} />
        ) : failure ? (
          <ActionError error={failure} />
        ) : null}
        <TextField
          id="lookup-receiptNumber"
          label={labels.receiptNumber}
          hint={t('lookup.receiptNumberHint')}
          required
          autoComplete="off"
          value={receiptNumber}
          errors={fieldErrors.receiptNumber}
          onChange={(e) => setReceiptNumber(e.target.value)}
        />
        <TextField
          id="lookup-lookupCode"
          label={labels.lookupCode}
          hint={t('lookup.codeHint')}
          required
          autoComplete="off"
          value={lookupCode}
          errors={fieldErrors.lookupCode}
          onChange={(e) => setLookupCode(e.target.value)}
        />
        <div>
          <Button type="submit">{t('lookup.submit')}</Button>
        </div>
      </form>
      {result ? (
        <div role="status" className="mt-6 rounded-8 border-2 border-blue-900 p-4">
          <p className="text-std-17B-170">
            {t('lookup.result', { number: result.receiptNumber.number })}{' '}
            <Tag tone={applicationTone(result.status.code)}>{pick(result.status.ja, result.status.en)}</Tag>
          </p>
          <p className="text-std-16N-170">{t('lookup.since', { date: dateTime(result.since) })}</p>
        </div>
      ) : null}
    </>
  );
}
