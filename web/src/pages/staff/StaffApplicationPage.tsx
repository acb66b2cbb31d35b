import { useState } from 'react';
import { useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { Application } from '../../api/types';
import { AnswerList } from '../../components/AnswerList';
import { Button } from '../../components/Button';
import { ActionError, applicationTone, Loading, LoadError, Notice, Tag } from '../../components/Feedback';
import { TextArea } from '../../components/Form';
import { Breadcrumbs, PageTitle, Section } from '../../components/Page';
import { StatusTimeline } from '../../components/Timeline';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';
import { loadApplication } from '../citizen/ApplicationPage';

/** The steps that need the reason in the comment (the applicant reads it). */
const NEEDS_COMMENT = new Set(['REJECT', 'RETURN_FOR_CORRECTION']);

/** One application of the department: answers, attachments, history, and the workflow steps open to it. */
export function StaffApplicationPage() {
  const { id = '' } = useParams();
  const { t, pick, date, dateTime } = useI18n();
  const loaded = useAsync((signal) => loadApplication(id, signal), [id]);
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const a = loaded.data?.application;

  const act = async (action: string, label: string) => {
    if (!loaded.data) {
      return;
    }
    setFailure(null);
    setDone(null);
    setBusy(true);
    try {
      const { data, etag } = await api<Application>(`/api/v1/applications/${id}/actions`, {
        method: 'POST',
        body: { action, comment: comment.trim() || null },
        headers: { 'If-Match': loaded.data.etag ?? '' },
      });
      loaded.set({ ...loaded.data, application: data, etag });
      setComment('');
      setDone(t('staffApplication.done', { action: label }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const stale = failure instanceof ApiError && failure.status === 412;

  return (
    <>
      <Breadcrumbs items={[{ to: '/staff/inbox', label: t('nav.staffInbox') }, { label: a?.receiptNumber.number ?? '…' }]} />
      {loaded.error ? <LoadError error={loaded.error} /> : null}
      {!a && loaded.loading ? <Loading /> : null}
      {a && loaded.data ? (
        <>
          <PageTitle title={`${a.receiptNumber.number} ${pick(a.form.title, a.form.titleEn)}`}>
            {a.receiptNumber.number} {pick(a.form.title, a.form.titleEn)}
          </PageTitle>
          <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-std-16N-170 sm:grid-cols-[max-content_1fr]">
            <dt className="font-bold">{t('mine.status')}</dt>
            <dd>
              <Tag tone={applicationTone(a.status.code)}>{pick(a.status.ja, a.status.en)}</Tag>
            </dd>
            <dt className="font-bold">{t('receipt.submittedAt')}</dt>
            <dd>{dateTime(a.submittedAt)}</dd>
            <dt className="font-bold">{t('receipt.dueDate')}</dt>
            <dd>
              {a.dueDate ? date(a.dueDate) : '—'}
              {a.overdue ? (
                <span className="ml-2">
                  <Tag tone="error">{t('staffInbox.overdue')}</Tag>
                </span>
              ) : null}
            </dd>
            <dt className="font-bold">{t('staffApplication.applicant')}</dt>
            <dd>{a.anonymous ? t('staffInbox.anonymous') : t('staffApplication.signedInApplicant')}</dd>
          </dl>
          <Section title={t('staffApplication.actions')} id="actions">
            {done ? <Notice kind="success" live="status" className="mb-3" title={done} /> : null}
            <ActionError error={failure} />
            {stale ? (
              <Button variant="secondary" className="mt-2" onClick={loaded.reload}>
                {t('staffApplication.reload')}
              </Button>
            ) : null}
            {a.nextActions.length === 0 ? (
              <p>{t('staffApplication.noActions')}</p>
            ) : (
              <form className="mt-3 flex flex-col gap-4" onSubmit={(e) => e.preventDefault()}>
                <TextArea
                  id="action-comment"
                  label={t('staffApplication.comment')}
                  hint={t('staffApplication.commentHint')}
                  showRequirement={false}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                />
                <div className="flex flex-wrap gap-3">
                  {a.nextActions.map((action) => {
                    const label = pick(action.ja, action.en);
                    const needs = NEEDS_COMMENT.has(action.code);
                    return (
                      <Button
                        key={action.code}
                        variant={needs ? 'secondary' : 'primary'}
                        disabled={busy || (needs && comment.trim() === '')}
                        onClick={() => void act(action.code, label)}
                      >
                        {label}
                      </Button>
                    );
                  })}
                </div>
              </form>
            )}
          </Section>
          <Section title={t('application.answers')} id="answers">
            <AnswerList
              fields={loaded.data.fields}
              answers={a.answers}
              attachments={loaded.data.attachments}
              applicationId={a.id}
            />
          </Section>
          <Section title={t('application.timeline')} id="timeline">
            <StatusTimeline steps={a.history} />
          </Section>
        </>
      ) : null}
    </>
  );
}
