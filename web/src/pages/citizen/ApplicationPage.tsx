import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, get } from '../../api/client';
import type { Application, Attachment, FieldDefinition } from '../../api/types';
import { AnswerList } from '../../components/AnswerList';
import { Button, ButtonLink } from '../../components/Button';
import { ActionError, applicationTone, Loading, LoadError, Notice, Tag } from '../../components/Feedback';
import { TextArea } from '../../components/Form';
import { Breadcrumbs, PageTitle, Section } from '../../components/Page';
import { StatusTimeline } from '../../components/Timeline';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';

export interface LoadedApplication {
  application: Application;
  etag: string | null;
  fields: FieldDefinition[] | null;
  attachments: Attachment[];
}

/** The fields of the form version an application answered; the current version if that one is not readable. */
export async function fieldsOf(application: Application, signal?: AbortSignal): Promise<FieldDefinition[] | null> {
  const { id, version } = application.form;
  try {
    return (await get<{ fields: FieldDefinition[] }>(`/api/v1/forms/${id}/versions/${version}`, signal)).fields;
  } catch {
    try {
      return (await get<{ fields: FieldDefinition[] }>(`/api/v1/forms/${id}`, signal)).fields;
    } catch {
      return null;
    }
  }
}

/** An application with its ETag, the fields of its form and its attachments. */
export async function loadApplication(id: string, signal?: AbortSignal): Promise<LoadedApplication> {
  const response = await api<Application>(`/api/v1/applications/${encodeURIComponent(id)}`, { signal });
  const [fields, attachments] = await Promise.all([
    fieldsOf(response.data, signal),
    get<Attachment[]>(`/api/v1/applications/${encodeURIComponent(id)}/attachments`, signal).catch(() => []),
  ]);
  return { application: response.data, etag: response.etag, fields, attachments };
}

/** One of the resident's applications: its status timeline, answers and what they can do next. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t, pick, date, dateTime } = useI18n();
  const loaded = useAsync((signal) => loadApplication(id, signal), [id]);
  const [withdrawing, setWithdrawing] = useState(false);
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const a = loaded.data?.application;
  const can = (code: string) => Boolean(a?.nextActions.some((x) => x.code === code));
  const returned = a?.history.filter((s) => s.to.code === 'RETURNED').at(-1);

  const withdraw = async () => {
    if (!loaded.data) {
      return;
    }
    setFailure(null);
    try {
      const { data, etag } = await api<Application>(`/api/v1/applications/${id}/withdrawal`, {
        method: 'POST',
        body: { comment: comment.trim() || null },
        headers: loaded.data.etag ? { 'If-Match': loaded.data.etag } : {},
      });
      loaded.set({ ...loaded.data, application: data, etag });
      setWithdrawing(false);
      setDone(t('application.withdrawn'));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <Breadcrumbs items={[{ to: '/my/applications', label: t('nav.myApplications') }, { label: a?.receiptNumber.number ?? '…' }]} />
      {loaded.error ? <LoadError error={loaded.error} /> : null}
      {!a && loaded.loading ? <Loading /> : null}
      {a && loaded.data ? (
        <>
          <PageTitle title={pick(a.form.title, a.form.titleEn)}>{pick(a.form.title, a.form.titleEn)}</PageTitle>
          <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-std-16N-170 sm:grid-cols-[max-content_1fr]">
            <dt className="font-bold">{t('mine.receiptNumber')}</dt>
            <dd>{a.receiptNumber.number}</dd>
            <dt className="font-bold">{t('mine.status')}</dt>
            <dd>
              <Tag tone={applicationTone(a.status.code)}>{pick(a.status.ja, a.status.en)}</Tag>
            </dd>
            <dt className="font-bold">{t('receipt.submittedAt')}</dt>
            <dd>{dateTime(a.submittedAt)}</dd>
            {a.dueDate ? (
              <>
                <dt className="font-bold">{t('receipt.dueDate')}</dt>
                <dd>{date(a.dueDate)}</dd>
              </>
            ) : null}
          </dl>
          {done ? <Notice kind="success" live="status" className="mt-4" title={done} /> : null}
          {a.status.code === 'RETURNED' ? (
            <Notice kind="warning" className="mt-4" title={t('application.returnedTitle')}>
              {returned?.comment ? <p className="whitespace-pre-line">{returned.comment}</p> : null}
              {can('RESUBMIT') ? (
                <ButtonLink to={`/my/applications/${a.id}/correct`} className="mt-3">
                  {t('application.correct')}
                </ButtonLink>
              ) : null}
            </Notice>
          ) : null}
          <Section title={t('application.timeline')} id="timeline">
            <StatusTimeline steps={a.history} />
          </Section>
          <Section title={t('application.answers')} id="answers">
            <AnswerList
              fields={loaded.data.fields}
              answers={a.answers}
              attachments={loaded.data.attachments}
              applicationId={a.id}
            />
          </Section>
          {can('WITHDRAW') ? (
            <Section title={t('application.withdrawTitle')} id="withdraw">
              <ActionError error={failure} />
              {withdrawing ? (
                <form
                  className="flex flex-col gap-4"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void withdraw();
                  }}
                >
                  <TextArea
                    id="withdraw-comment"
                    label={t('application.withdrawComment')}
                    value={comment}
                    onChange={(e) => setComment(e.target.value)}
                  />
                  <div className="flex flex-wrap gap-3">
                    <Button type="submit" variant="danger">
                      {t('application.withdrawConfirm')}
                    </Button>
                    <Button variant="tertiary" onClick={() => setWithdrawing(false)}>
                      {t('common.cancel')}
                    </Button>
                  </div>
                </form>
              ) : (
                <>
                  <p className="mb-3 text-std-16N-170">{t('application.withdrawLead')}</p>
                  <Button variant="secondary" onClick={() => setWithdrawing(true)}>
                    {t('application.withdraw')}
                  </Button>
                </>
              )}
            </Section>
          ) : null}
          <p className="mt-8">
            <Link to="/my/applications" className="text-blue-900 underline">
              {t('application.back')}
            </Link>
          </p>
        </>
      ) : null}
    </>
  );
}
