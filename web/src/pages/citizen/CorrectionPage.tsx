import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { Application, Attachment } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice } from '../../components/Feedback';
import { ErrorSummary, TextArea } from '../../components/Form';
import {
  answerErrors,
  answersFromApplication,
  answersToSend,
  FormFields,
  type Answers,
} from '../../components/FormFields';
import { Breadcrumbs, PageTitle } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';
import { summaryItems } from './ApplyPage';
import { loadApplication } from './ApplicationPage';

/** 再申請: the resident corrects the answers of an application the department returned, and sends it again. */
export function CorrectionPage() {
  const { id = '' } = useParams();
  const { t, pick, language } = useI18n();
  const navigate = useNavigate();
  const loaded = useAsync((signal) => loadApplication(id, signal), [id]);
  const [answers, setAnswers] = useState<Answers>({});
  const [uploads, setUploads] = useState<Record<string, Attachment[]>>({});
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (loaded.data?.fields) {
      setAnswers(answersFromApplication(loaded.data.fields, loaded.data.application.answers));
      const byField: Record<string, Attachment[]> = {};
      loaded.data.attachments.forEach((file) => (byField[file.field] ??= []).push(file));
      setUploads(byField);
    }
  }, [loaded.data]);

  const errors = useMemo(() => answerErrors(failure), [failure]);
  const a = loaded.data?.application;
  const fields = loaded.data?.fields ?? null;
  const reason = a?.history.filter((s) => s.to.code === 'RETURNED').at(-1)?.comment;

  const send = async () => {
    if (!a || !fields || !loaded.data) {
      return;
    }
    setSending(true);
    setFailure(null);
    const withFiles: Answers = { ...answers };
    for (const field of fields.filter((f) => f.type === 'ATTACHMENT')) {
      withFiles[field.key] = (uploads[field.key] ?? []).map((u) => u.id);
    }
    try {
      await api<Application>(`/api/v1/applications/${a.id}/answers`, {
        method: 'PUT',
        body: { answers: answersToSend(fields, withFiles), comment: comment.trim() || null },
        headers: loaded.data.etag ? { 'If-Match': loaded.data.etag } : {},
      });
      navigate(`/my/applications/${a.id}`);
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  const labelOf = (key: string) => {
    const field = fields?.find((f) => f.key === key);
    return field ? (language === 'en' && field.labelEn ? field.labelEn : field.label) : key;
  };
  const problem = failure instanceof ApiError ? failure.problem : null;

  return (
    <>
      <Breadcrumbs
        items={[
          { to: '/my/applications', label: t('nav.myApplications') },
          { to: `/my/applications/${id}`, label: a?.receiptNumber.number ?? '…' },
          { label: t('correct.title') },
        ]}
      />
      {loaded.error ? <LoadError error={loaded.error} /> : null}
      {!a && loaded.loading ? <Loading /> : null}
      {a ? (
        <>
          <PageTitle title={t('correct.title')}>{t('correct.titleOf', { title: pick(a.form.title, a.form.titleEn) })}</PageTitle>
          {a.status.code !== 'RETURNED' ? (
            <Notice kind="info" className="mt-4" title={t('correct.notReturned')} />
          ) : !fields ? (
            <Notice kind="error" className="mt-4" title={t('correct.formUnavailable')} />
          ) : (
            <form
              noValidate
              className="mt-6 flex flex-col gap-6"
              onSubmit={(event) => {
                event.preventDefault();
                void send();
              }}
            >
              {reason ? (
                <Notice kind="warning" title={t('correct.reason')}>
                  <p className="whitespace-pre-line">{reason}</p>
                </Notice>
              ) : null}
              {Object.keys(errors).length ? (
                <ErrorSummary
                  title={problem?.title ?? t('form.errorTitle')}
                  detail={problem?.detail}
                  items={summaryItems({ fields }, errors, labelOf, 'correct')}
                />
              ) : (
                <ActionError error={failure} />
              )}
              <FormFields
                fields={fields}
                answers={answers}
                onChange={(key, value) => setAnswers((x) => ({ ...x, [key]: value }))}
                errors={errors}
                idPrefix="correct"
                formId={a.form.id}
                uploads={uploads}
                onUploaded={(key, file) => setUploads((u) => ({ ...u, [key]: [...(u[key] ?? []), file] }))}
                onRemoved={(key, fileId) => setUploads((u) => ({ ...u, [key]: (u[key] ?? []).filter((f) => f.id !== fileId) }))}
                furigana
              />
              <TextArea
                id="correct-comment"
                label={t('correct.comment')}
                hint={t('correct.commentHint')}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
              <div>
                <Button type="submit" disabled={sending}>
                  {t('correct.submit')}
                </Button>
              </div>
            </form>
          )}
        </>
      ) : null}
    </>
  );
}
