import { useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api, ApiError, get } from '../../api/client';
import type { Attachment, Form, Receipt } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice } from '../../components/Feedback';
import { ErrorSummary, type SummaryItem } from '../../components/Form';
import {
  answerErrors,
  answersToSend,
  fieldId,
  FormFields,
  type Answers,
  type AnswerValue,
} from '../../components/FormFields';
import { Breadcrumbs, PageTitle } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { Furigana } from '../../furigana/Furigana';
import { useI18n } from '../../i18n/I18n';
import { useSession } from '../../session/Session';

export interface ReceiptState {
  receipt: Receipt;
  formTitle: string;
  formTitleEn: string | null;
}

/** A random key that makes a retried submission answer with the first receipt (Idempotency-Key). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The summary's lines: one per field the server refused, in the form's order, and the rest of the problem. */
export function summaryItems(
  form: Pick<Form, 'fields'>,
  errors: Record<string, string[]>,
  labelOf: (key: string) => string,
  prefix: string,
): SummaryItem[] {
  return form.fields
    .filter((field) => errors[field.key]?.length)
    .map((field) => ({ id: fieldId(prefix, field.key), label: labelOf(field.key), messages: errors[field.key] }));
}

/** A form, rendered from its field definitions, that a resident fills in and submits. */
export function ApplyPage() {
  const { id = '' } = useParams();
  const { t, pick, language, date, dateTime } = useI18n();
  const { session, signInUrl } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const form = useAsync((signal) => get<Form>(`/api/v1/forms/${encodeURIComponent(id)}`, signal), [id]);
  const [answers, setAnswers] = useState<Answers>({});
  const [uploads, setUploads] = useState<Record<string, Attachment[]>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());

  const f = form.data;
  const errors = useMemo(() => answerErrors(failure), [failure]);
  const signedIn = Boolean(session?.authenticated);
  const mayAnswer = f ? f.open && (signedIn || f.acceptsAnonymous) : false;

  const change = (key: string, value: AnswerValue) => setAnswers((a) => ({ ...a, [key]: value }));

  const submit = async () => {
    if (!f) {
      return;
    }
    setSending(true);
    setFailure(null);
    const withFiles: Answers = { ...answers };
    for (const field of f.fields.filter((x) => x.type === 'ATTACHMENT')) {
      withFiles[field.key] = (uploads[field.key] ?? []).map((u) => u.id);
    }
    try {
      const { data } = await api<Receipt>(`/api/v1/forms/${f.id}/applications`, {
        method: 'POST',
        body: { answers: answersToSend(f.fields, withFiles) },
        headers: { 'Idempotency-Key': idempotencyKey.current },
      });
      idempotencyKey.current = newIdempotencyKey();
      const state: ReceiptState = { receipt: data, formTitle: f.title, formTitleEn: f.titleEn };
      navigate(`/receipt/${data.applicationId}`, { state });
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  const labelOf = (key: string) => {
    const field = f?.fields.find((x) => x.key === key);
    return field ? (language === 'en' && field.labelEn ? field.labelEn : field.label) : key;
  };
  const problem = failure instanceof ApiError ? failure.problem : null;
  const fieldProblem = failure instanceof ApiError && Object.keys(errors).length > 0;

  return (
    <>
      <Breadcrumbs items={[{ to: '/', label: t('nav.search') }, { label: f ? pick(f.title, f.titleEn) : t('apply.title') }]} />
      {form.error ? <LoadError error={form.error} /> : null}
      {!f && form.loading ? <Loading /> : null}
      {f ? (
        <>
          <PageTitle title={pick(f.title, f.titleEn)}>
            {language === 'en' && f.titleEn ? f.titleEn : <Furigana text={f.title} />}
          </PageTitle>
          {f.description || f.descriptionEn ? (
            <p className="mt-3 whitespace-pre-line text-std-16N-170">{pick(f.description, f.descriptionEn)}</p>
          ) : null}
          <ul className="mt-3 flex flex-col gap-1 text-std-16N-170">
            {f.standardProcessingDays ? (
              <li>{t('apply.processingDays', { days: f.standardProcessingDays })}</li>
            ) : null}
            {f.closesAt ? <li>{t('apply.closesAt', { date: dateTime(f.closesAt) })}</li> : null}
            {f.opensAt && !f.open ? <li>{t('apply.opensAt', { date: date(f.opensAt) })}</li> : null}
            {f.acceptsAnonymous ? <li>{t('apply.anonymousAllowed')}</li> : null}
          </ul>
          {!f.open ? (
            <Notice kind="warning" className="mt-4" title={t('apply.closed')} />
          ) : !mayAnswer && session ? (
            <Notice kind="info" className="mt-4" title={t('apply.signInNeeded')}>
              <a className="text-blue-900 underline" href={signInUrl(location.pathname)}>
                {t('header.signIn')}
              </a>
            </Notice>
          ) : null}
          {mayAnswer ? (
            <form
              noValidate
              className="mt-6 flex flex-col gap-6"
              onSubmit={(event) => {
                event.preventDefault();
                void submit();
              }}
            >
              {fieldProblem ? (
                <ErrorSummary
                  title={problem?.title ?? t('form.errorTitle')}
                  detail={problem?.detail}
                  items={summaryItems(f, errors, labelOf, 'answer')}
                />
              ) : failure ? (
                <ActionError error={failure} />
              ) : null}
              <p className="text-std-16N-170">{t('apply.requiredNote')}</p>
              <FormFields
                fields={f.fields}
                answers={answers}
                onChange={change}
                errors={errors}
                idPrefix="answer"
                formId={f.id}
                uploads={uploads}
                maxFileBytes={f.attachmentLimits?.maxFileBytes}
                onUploaded={(key, attachment) =>
                  setUploads((u) => ({ ...u, [key]: [...(u[key] ?? []), attachment] }))
                }
                onRemoved={(key, uploadId) =>
                  setUploads((u) => ({ ...u, [key]: (u[key] ?? []).filter((x) => x.id !== uploadId) }))
                }
                furigana
              />
              <div>
                <Button type="submit" disabled={sending}>
                  {sending ? t('apply.sending') : t('apply.submit')}
                </Button>
              </div>
            </form>
          ) : null}
        </>
      ) : null}
    </>
  );
}
