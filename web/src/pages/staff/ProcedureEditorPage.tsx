import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError, get } from '../../api/client';
import type { ProcedureHistoryEntry, ProcedureStatus, ProcedureStatusKind, SealReview, StaffProcedure } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice, Tag } from '../../components/Feedback';
import { Checkbox, DateField, ErrorSummary, SelectField, TextArea, TextField, type SummaryItem } from '../../components/Form';
import { Breadcrumbs, DataTable, PageTitle, Section, td, th } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useDepartments } from '../../components/useDepartments';
import { fiscalYearLabel, today } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18n';
import { procedureStatusLabel, REVISION_REASONS, revisionReasonLabel, sealOutcomeLabel } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages';
import { useSession } from '../../session/Session';
import { procedureTone } from './ProceduresPage';

interface Draft {
  code: string;
  plannedFiscalYear: string;
  name: string;
  kana: string;
  departmentCode: string;
  category: string;
  description: string;
  legalBasis: string;
  sealRequired: boolean;
  paperRequired: boolean;
  inPersonRequired: boolean;
  outcome: string;
  keptReason: string;
}

interface StatusDraft {
  status: string;
  fiscalYear: string;
  on: string;
  formId: string;
  reason: string;
  note: string;
}

function draftOf(procedure: StaffProcedure | null, department: string): Draft {
  const review = procedure?.sealReview;
  return {
    code: procedure?.code ?? '',
    plannedFiscalYear: '',
    name: procedure?.name ?? '',
    kana: procedure?.kana ?? '',
    departmentCode: procedure?.department.code ?? department,
    category: procedure?.category ?? '',
    description: procedure?.description ?? '',
    legalBasis: procedure?.legalBasis ?? '',
    sealRequired: review?.sealRequired ?? false,
    paperRequired: review?.paperRequired ?? false,
    inPersonRequired: review?.inPersonRequired ?? false,
    outcome: review?.outcome ?? '',
    keptReason: review?.keptReason ?? '',
  };
}

/** The fiscal year a day lies in (April to March), as the Gregorian year it starts in. */
export function fiscalYearOf(day: string): number {
  const [year, month] = day.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/** The statuses the service lets a procedure move to from where it is (the rules of procedures-service's Procedure). */
export function nextStatuses(kind: ProcedureStatusKind): ProcedureStatusKind[] {
  switch (kind) {
    case 'NOT_PLANNED':
      return ['PLANNED', 'COMPLETED', 'ABOLISHED'];
    case 'PLANNED':
      return ['PLANNED', 'COMPLETED', 'REVISED', 'ABOLISHED'];
    case 'REVISED':
      return ['PLANNED', 'ABOLISHED'];
    case 'COMPLETED':
      return ['ABOLISHED'];
    default:
      return [];
  }
}

function statusDraftOf(procedure: StaffProcedure | null): StatusDraft {
  const status = procedure?.status;
  const planned = status?.fiscalYear?.year;
  const first = status ? nextStatuses(status.kind)[0] ?? '' : '';
  return {
    status: first,
    fiscalYear: String(planned !== undefined && status?.kind !== 'NOT_PLANNED' ? planned + 1 : fiscalYearOf(today())),
    on: today(),
    formId: '',
    reason: '',
    note: '',
  };
}

/** The review the draft describes; none while nothing was required and none was recorded before. */
function sealReviewOf(draft: Draft, before: SealReview | null | undefined) {
  const anyRequired = draft.sealRequired || draft.paperRequired || draft.inPersonRequired;
  if (!anyRequired && !before) {
    return null;
  }
  const outcome = anyRequired && draft.outcome ? draft.outcome : null;
  return {
    sealRequired: draft.sealRequired,
    paperRequired: draft.paperRequired,
    inPersonRequired: draft.inPersonRequired,
    outcome,
    keptReason: outcome === 'KEPT' ? draft.keptReason.trim() || null : null,
  };
}

/** The body of PUT /api/v1/procedures/{id} (EditProcedureRequest), or of POST /api/v1/procedures when creating. */
export function requestOf(draft: Draft, before: StaffProcedure | null, creating: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: draft.name,
    kana: draft.kana,
    departmentCode: draft.departmentCode,
    category: draft.category,
    description: draft.description,
    legalBasis: draft.legalBasis.trim() || null,
    sealReview: sealReviewOf(draft, before?.sealReview),
  };
  if (creating) {
    return { code: draft.code, ...body, plannedFiscalYear: draft.plannedFiscalYear.trim() || null };
  }
  return body;
}

/** The body of POST /api/v1/procedures/{id}/status (ChangeProcedureStatusRequest): only what the status needs. */
export function statusRequestOf(draft: StatusDraft): Record<string, unknown> {
  switch (draft.status) {
    case 'PLANNED':
      return { status: 'PLANNED', fiscalYear: draft.fiscalYear.trim() };
    case 'COMPLETED':
      return { status: 'COMPLETED', on: draft.on || null, formId: draft.formId || null };
    case 'REVISED':
      return { status: 'REVISED', reason: draft.reason || null, note: draft.note.trim() || null };
    case 'ABOLISHED':
      return { status: 'ABOLISHED', on: draft.on || null, note: draft.note.trim() || null };
    default:
      return { status: draft.status || null };
  }
}

/** The control a problem's field path names, on the details form. */
export function detailsControlOf(path: string): string {
  if (path.startsWith('sealReview')) {
    if (path.endsWith('outcome')) {
      return 'proc-seal-outcome';
    }
    return path.endsWith('keptReason') ? 'proc-seal-keptReason' : 'proc-seal-seal';
  }
  const ids: Record<string, string> = {
    code: 'proc-code',
    plannedFiscalYear: 'proc-plannedFiscalYear',
    name: 'proc-name',
    kana: 'proc-kana',
    departmentCode: 'proc-department',
    category: 'proc-category',
    description: 'proc-description',
    legalBasis: 'proc-legalBasis',
  };
  return ids[path.split('.')[0]] ?? 'proc-name';
}

/** The control a problem's field path names, on the status form. */
export function statusControlOf(path: string): string {
  const ids: Record<string, string> = {
    status: 'status-kind',
    fiscalYear: 'status-fiscalYear',
    on: 'status-on',
    completedOn: 'status-on',
    abolishedOn: 'status-on',
    formId: 'status-form',
    reason: 'status-reason',
    note: 'status-note',
  };
  return ids[path.split('.')[0]] ?? 'status-kind';
}

const CONTROL_LABELS: Record<string, MessageKey> = {
  'proc-code': 'procEdit.code',
  'proc-plannedFiscalYear': 'procEdit.plannedFiscalYear',
  'proc-name': 'procEdit.name',
  'proc-kana': 'procEdit.kana',
  'proc-department': 'procEdit.department',
  'proc-category': 'procEdit.category',
  'proc-description': 'procEdit.description',
  'proc-legalBasis': 'procEdit.legalBasis',
  'proc-seal-seal': 'procEdit.sealReview',
  'proc-seal-outcome': 'procEdit.sealOutcome',
  'proc-seal-keptReason': 'procEdit.keptReason',
  'status-kind': 'procEdit.newStatus',
  'status-fiscalYear': 'procEdit.fiscalYear',
  'status-on': 'procEdit.on',
  'status-form': 'procEdit.form',
  'status-reason': 'procEdit.reason',
  'status-note': 'procEdit.note',
};

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'procEdit.name',
  kana: 'procEdit.kana',
  departmentCode: 'procEdit.department',
  category: 'procEdit.category',
  description: 'procEdit.description',
  legalBasis: 'procEdit.legalBasis',
  sealReview: 'procEdit.sealReview',
};

const KIND_LABELS: Record<string, MessageKey> = {
  REGISTERED: 'procEdit.historyRegistered',
  EDITED: 'procEdit.historyEdited',
  STATUS_CHANGED: 'procEdit.historyStatusChanged',
};

type Step = 'details' | 'status';

/** Someone else changed the procedure meanwhile (412): said plainly, with the way out, and focused. */
function StaleNotice({ onReload }: { onReload(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-8 border-2 border-l-8 border-error-2 bg-red-50 px-4 py-3">
      <p className="text-std-17B-170 text-error-2">{t('procEdit.staleTitle')}</p>
      <p className="text-std-16N-170">{t('procEdit.staleLead')}</p>
      <Button variant="secondary" size="sm" className="mt-2" onClick={onReload}>
        {t('procEdit.reload')}
      </Button>
    </div>
  );
}

/** What the status of a procedure is, in words: its kind, fiscal year, days and reason. */
function StatusText({ status }: { status: ProcedureStatus }) {
  const { t, pick, date, language } = useI18n();
  const parts = [
    status.fiscalYear ? t('procEdit.statusFiscalYear', { year: fiscalYearLabel(status.fiscalYear.year, language) }) : null,
    status.completedOn ? t('procEdit.statusCompletedOn', { date: date(status.completedOn) }) : null,
    status.abolishedOn ? t('procEdit.statusAbolishedOn', { date: date(status.abolishedOn) }) : null,
    status.reason ? (status.reasonLabel ? pick(status.reasonLabel.ja, status.reasonLabel.en) : revisionReasonLabel(status.reason, language)) : null,
    status.note,
  ].filter(Boolean);
  return (
    <>
      <Tag tone={procedureTone(status.kind)}>{pick(status.label.ja, status.label.en)}</Tag>
      {parts.length ? <span className="ml-2">{parts.join(' · ')}</span> : null}
    </>
  );
}

/**
 * 手続きの編集: a procedure's details (with the 押印・書面・対面 review), saved with If-Match; its online-ization status
 * changed with what each status needs; and its history (who, when, which fields, the status). With the id "new" it
 * registers a procedure instead.
 */
export function ProcedureEditorPage() {
  const { id = 'new' } = useParams();
  const creating = id === 'new';
  const navigate = useNavigate();
  const { t, language, pick, dateTime, date } = useI18n();
  const { session, hasRole } = useSession();
  const { departments, nameOf } = useDepartments();
  const admin = hasRole('procedure-admin');
  const ownDepartment = session?.authenticated ? session.department ?? '' : '';
  const loaded = useAsync(
    (signal) => (creating ? Promise.resolve(null) : api<StaffProcedure>(`/api/v1/procedures/${encodeURIComponent(id)}`, { signal })),
    [id],
  );
  const history = useAsync(
    (signal) => (creating ? Promise.resolve([] as ProcedureHistoryEntry[]) : get<ProcedureHistoryEntry[]>(`/api/v1/procedures/${encodeURIComponent(id)}/history`, signal)),
    [id],
  );
  const [procedure, setProcedure] = useState<StaffProcedure | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(null, ownDepartment));
  const [statusDraft, setStatusDraft] = useState<StatusDraft>(() => statusDraftOf(null));
  const [failure, setFailure] = useState<{ step: Step; error: unknown } | null>(null);
  const [done, setDone] = useState<{ step: Step; message: string } | null>(null);

  useEffect(() => {
    if (loaded.data) {
      setProcedure(loaded.data.data);
      setEtag(loaded.data.etag);
      setDraft(draftOf(loaded.data.data, ownDepartment));
      setStatusDraft(statusDraftOf(loaded.data.data));
    } else if (creating) {
      setProcedure(null);
      setDraft(draftOf(null, ownDepartment));
    }
  }, [loaded.data, creating, ownDepartment]);

  const mayMaintain = (department: string) => admin || (Boolean(ownDepartment) && ownDepartment === department);
  const editable = creating ? admin || Boolean(ownDepartment) : procedure !== null && mayMaintain(procedure.department.code);

  const errorOf = (step: Step) => (failure?.step === step ? failure.error : null);
  const fieldErrorsOf = (step: Step) => {
    const error = errorOf(step);
    return error instanceof ApiError ? error.fieldErrors : {};
  };
  const controlOf = (step: Step) => (step === 'details' ? detailsControlOf : statusControlOf);
  const errorsAt = (step: Step, controlId: string) =>
    Object.entries(fieldErrorsOf(step))
      .filter(([path]) => controlOf(step)(path) === controlId)
      .flatMap(([, messages]) => messages);
  const summaryOf = (step: Step): SummaryItem[] => {
    const byControl = new Map<string, string[]>();
    for (const [path, messages] of Object.entries(fieldErrorsOf(step))) {
      const control = controlOf(step)(path);
      byControl.set(control, [...(byControl.get(control) ?? []), ...messages]);
    }
    return [...byControl].map(([control, messages]) => ({
      id: control,
      label: CONTROL_LABELS[control] ? t(CONTROL_LABELS[control]) : control,
      messages,
    }));
  };

  const reloadAll = () => {
    setFailure(null);
    setDone(null);
    loaded.reload();
    history.reload();
  };

  const accepted = (response: { data: StaffProcedure; etag: string | null }, step: Step, message: string) => {
    setProcedure(response.data);
    setEtag(response.etag);
    setStatusDraft(statusDraftOf(response.data));
    setDone({ step, message });
    history.reload();
  };

  const save = async () => {
    setFailure(null);
    setDone(null);
    try {
      if (creating) {
        const response = await api<StaffProcedure>('/api/v1/procedures', { method: 'POST', body: requestOf(draft, null, true) });
        setDone({ step: 'details', message: t('procEdit.registered') });
        navigate(`/staff/procedures/${response.data.id}`, { replace: true });
        return;
      }
      const response = await api<StaffProcedure>(`/api/v1/procedures/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: requestOf(draft, procedure, false),
        headers: { 'If-Match': etag ?? '' },
      });
      accepted(response, 'details', t('procEdit.saved'));
    } catch (error) {
      setFailure({ step: 'details', error });
    }
  };

  const changeStatus = async () => {
    setFailure(null);
    setDone(null);
    try {
      const response = await api<StaffProcedure>(`/api/v1/procedures/${encodeURIComponent(id)}/status`, {
        method: 'POST',
        body: statusRequestOf(statusDraft),
        headers: { 'If-Match': etag ?? '' },
      });
      accepted(response, 'status', t('procEdit.statusChanged', { status: pick(response.data.status.label.ja, response.data.status.label.en) }));
    } catch (error) {
      setFailure({ step: 'status', error });
    }
  };

  const feedback = (step: Step) => {
    const error = errorOf(step);
    const summary = summaryOf(step);
    const problem = error instanceof ApiError ? error.problem : null;
    return (
      <>
        {error instanceof ApiError && error.status === 412 ? (
          <StaleNotice onReload={reloadAll} />
        ) : summary.length ? (
          <ErrorSummary title={problem?.title ?? t('form.errorTitle')} detail={problem?.detail} items={summary} />
        ) : (
          <ActionError error={error} />
        )}
        {done?.step === step ? <Notice kind="success" live="status" title={done.message} /> : null}
      </>
    );
  };

  if (!creating && loaded.error) {
    return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  }
  if (!creating && !procedure) {
    return <Loading />;
  }
  const title = creating ? t('procEdit.newTitle') : t('procEdit.title', { name: procedure?.name ?? '' });
  const anyRequired = draft.sealRequired || draft.paperRequired || draft.inPersonRequired;
  const fiscalYearNumber = /^\d{4}$/.test(statusDraft.fiscalYear.normalize('NFKC').trim()) ? Number(statusDraft.fiscalYear.normalize('NFKC').trim()) : null;
  const choices = procedure ? nextStatuses(procedure.status.kind) : [];
  const entries = [...(history.data ?? [])].sort((a, b) => b.version - a.version);

  return (
    <>
      <Breadcrumbs items={[{ to: '/staff/procedures', label: t('procedures.title') }, { label: creating ? t('procedures.register') : procedure?.name ?? '' }]} />
      <PageTitle title={title}>{title}</PageTitle>
      {procedure ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-std-16N-170">
          <dt className="font-bold">{t('procEdit.code')}</dt>
          <dd>{procedure.code}</dd>
          <dt className="font-bold">{t('procEdit.currentStatus')}</dt>
          <dd>
            <StatusText status={procedure.status} />
          </dd>
          <dt className="font-bold">{t('procEdit.versionLabel')}</dt>
          <dd>{procedure.version}</dd>
        </dl>
      ) : null}
      {!editable ? <Notice kind="info" className="mt-4" title={t('procEdit.readOnly', { department: nameOf(procedure?.department.code) })} /> : null}

      <Section title={t('procEdit.details')} id="proc-details">
        <form
          noValidate
          className="flex flex-col gap-5"
          aria-label={t('procEdit.details')}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {feedback('details')}
          <fieldset disabled={!editable} className="flex flex-col gap-5">
            {creating ? (
              <TextField id="proc-code" label={t('procEdit.code')} hint={t('procEdit.codeHint')} required value={draft.code} errors={errorsAt('details', 'proc-code')} onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
            ) : null}
            <TextField id="proc-name" label={t('procEdit.name')} required value={draft.name} errors={errorsAt('details', 'proc-name')} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            <TextField id="proc-kana" label={t('procEdit.kana')} hint={t('procEdit.kanaHint')} required value={draft.kana} errors={errorsAt('details', 'proc-kana')} onChange={(e) => setDraft({ ...draft, kana: e.target.value })} />
            <SelectField
              id="proc-department"
              label={t('procEdit.department')}
              hint={admin ? undefined : t('procEdit.departmentHint')}
              required
              value={draft.departmentCode}
              errors={errorsAt('details', 'proc-department')}
              disabled={!admin}
              onChange={(e) => setDraft({ ...draft, departmentCode: e.target.value })}
            >
              <option value="">{t('form.choose')}</option>
              {departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {pick(d.name, d.nameEn)}
                </option>
              ))}
              {draft.departmentCode && !departments.some((d) => d.code === draft.departmentCode) ? (
                <option value={draft.departmentCode}>{nameOf(draft.departmentCode)}</option>
              ) : null}
            </SelectField>
            <TextField id="proc-category" label={t('procEdit.category')} hint={t('procEdit.categoryHint')} required value={draft.category} errors={errorsAt('details', 'proc-category')} onChange={(e) => setDraft({ ...draft, category: e.target.value })} />
            <TextArea id="proc-description" label={t('procEdit.description')} value={draft.description} errors={errorsAt('details', 'proc-description')} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
            <TextField id="proc-legalBasis" label={t('procEdit.legalBasis')} hint={t('procEdit.legalBasisHint')} value={draft.legalBasis} errors={errorsAt('details', 'proc-legalBasis')} onChange={(e) => setDraft({ ...draft, legalBasis: e.target.value })} />
            {creating ? (
              <TextField id="proc-plannedFiscalYear" inputMode="numeric" label={t('procEdit.plannedFiscalYear')} hint={t('procEdit.fiscalYearHint')} value={draft.plannedFiscalYear} errors={errorsAt('details', 'proc-plannedFiscalYear')} onChange={(e) => setDraft({ ...draft, plannedFiscalYear: e.target.value })} />
            ) : null}
            <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-300 p-4" aria-describedby="proc-seal-hint">
              <legend className="px-1 text-std-17B-170">{t('procEdit.sealReview')}</legend>
              <p id="proc-seal-hint" className="text-std-16N-170 text-solid-gray-700">
                {t('procEdit.sealReviewHint')}
              </p>
              <Checkbox id="proc-seal-seal" label={t('procEdit.sealRequired')} checked={draft.sealRequired} errors={errorsAt('details', 'proc-seal-seal')} onChange={(e) => setDraft({ ...draft, sealRequired: e.target.checked })} />
              <Checkbox id="proc-seal-paper" label={t('procEdit.paperRequired')} checked={draft.paperRequired} onChange={(e) => setDraft({ ...draft, paperRequired: e.target.checked })} />
              <Checkbox id="proc-seal-inPerson" label={t('procEdit.inPersonRequired')} checked={draft.inPersonRequired} onChange={(e) => setDraft({ ...draft, inPersonRequired: e.target.checked })} />
              {anyRequired ? (
                <SelectField id="proc-seal-outcome" label={t('procEdit.sealOutcome')} required value={draft.outcome} errors={errorsAt('details', 'proc-seal-outcome')} onChange={(e) => setDraft({ ...draft, outcome: e.target.value })}>
                  <option value="">{t('form.choose')}</option>
                  {['ABOLISHED', 'KEPT'].map((code) => (
                    <option key={code} value={code}>
                      {sealOutcomeLabel(code, language)}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              {anyRequired && draft.outcome === 'KEPT' ? (
                <TextArea id="proc-seal-keptReason" label={t('procEdit.keptReason')} required value={draft.keptReason} errors={errorsAt('details', 'proc-seal-keptReason')} onChange={(e) => setDraft({ ...draft, keptReason: e.target.value })} />
              ) : null}
            </fieldset>
          </fieldset>
          {editable ? (
            <div className="flex flex-wrap gap-3">
              <Button type="submit">{creating ? t('procEdit.create') : t('procEdit.save')}</Button>
            </div>
          ) : null}
        </form>
      </Section>

      {procedure && editable ? (
        <Section title={t('procEdit.changeStatus')} id="proc-status">
          {choices.length === 0 ? (
            <p className="text-std-16N-170">{t('procEdit.noStatusChange')}</p>
          ) : (
            <form
              noValidate
              className="flex flex-col gap-5"
              aria-label={t('procEdit.changeStatus')}
              onSubmit={(event) => {
                event.preventDefault();
                void changeStatus();
              }}
            >
              {feedback('status')}
              <SelectField id="status-kind" label={t('procEdit.newStatus')} required value={statusDraft.status} errors={errorsAt('status', 'status-kind')} onChange={(e) => setStatusDraft({ ...statusDraft, status: e.target.value })}>
                {choices.map((kind) => (
                  <option key={kind} value={kind}>
                    {procedureStatusLabel(kind, language)}
                  </option>
                ))}
              </SelectField>
              {statusDraft.status === 'PLANNED' ? (
                <div className="flex flex-col gap-1">
                  <TextField
                    id="status-fiscalYear"
                    inputMode="numeric"
                    label={t('procEdit.fiscalYear')}
                    hint={t('procEdit.fiscalYearHint')}
                    required
                    value={statusDraft.fiscalYear}
                    errors={errorsAt('status', 'status-fiscalYear')}
                    onChange={(e) => setStatusDraft({ ...statusDraft, fiscalYear: e.target.value })}
                  />
                  {fiscalYearNumber ? (
                    <p className="text-std-16N-170" aria-live="polite" data-testid="fiscal-year-era">
                      {t('procEdit.fiscalYearIs', { year: fiscalYearLabel(fiscalYearNumber, language) })}
                    </p>
                  ) : null}
                </div>
              ) : null}
              {statusDraft.status === 'COMPLETED' || statusDraft.status === 'ABOLISHED' ? (
                <DateField
                  id="status-on"
                  label={statusDraft.status === 'COMPLETED' ? t('procEdit.completedOn') : t('procEdit.abolishedOn')}
                  hint={statusDraft.on && /^\d{4}-\d{2}-\d{2}$/.test(statusDraft.on) ? date(statusDraft.on) : t('procEdit.onHint')}
                  value={statusDraft.on}
                  errors={errorsAt('status', 'status-on')}
                  onChange={(on) => setStatusDraft({ ...statusDraft, on })}
                />
              ) : null}
              {statusDraft.status === 'COMPLETED' ? (
                <SelectField id="status-form" label={t('procEdit.form')} hint={t('procEdit.formHint')} value={statusDraft.formId} errors={errorsAt('status', 'status-form')} onChange={(e) => setStatusDraft({ ...statusDraft, formId: e.target.value })}>
                  <option value="">{t('procEdit.formNone')}</option>
                  {procedure.forms.map((f) => (
                    <option key={f.id} value={f.id}>
                      {pick(f.title, f.titleEn)}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              {statusDraft.status === 'REVISED' ? (
                <SelectField id="status-reason" label={t('procEdit.reason')} required value={statusDraft.reason} errors={errorsAt('status', 'status-reason')} onChange={(e) => setStatusDraft({ ...statusDraft, reason: e.target.value })}>
                  <option value="">{t('form.choose')}</option>
                  {REVISION_REASONS.map((code) => (
                    <option key={code} value={code}>
                      {revisionReasonLabel(code, language)}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              {statusDraft.status === 'REVISED' || statusDraft.status === 'ABOLISHED' ? (
                <TextArea
                  id="status-note"
                  label={t('procEdit.note')}
                  hint={statusDraft.status === 'REVISED' ? t('procEdit.noteHint') : undefined}
                  required={statusDraft.status === 'REVISED' && statusDraft.reason === 'OTHER'}
                  value={statusDraft.note}
                  errors={errorsAt('status', 'status-note')}
                  onChange={(e) => setStatusDraft({ ...statusDraft, note: e.target.value })}
                />
              ) : null}
              <div className="flex flex-wrap gap-3">
                <Button type="submit">{t('procEdit.changeStatusButton')}</Button>
              </div>
            </form>
          )}
        </Section>
      ) : null}

      {procedure ? (
        <Section title={t('procEdit.history')} id="proc-history">
          {history.error ? <LoadError error={history.error} onRetry={history.reload} /> : null}
          {!history.data && history.loading ? <Loading /> : null}
          {history.data ? (
            <DataTable caption={t('procEdit.historyCaption', { count: entries.length })} id="procedure-history">
              <thead>
                <tr>
                  <th scope="col" className={th}>{t('procEdit.historyWhen')}</th>
                  <th scope="col" className={th}>{t('procEdit.historyWho')}</th>
                  <th scope="col" className={th}>{t('procEdit.historyWhat')}</th>
                  <th scope="col" className={th}>{t('procEdit.historyStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.version}>
                    <td className={td}>
                      <time dateTime={entry.at}>{dateTime(entry.at)}</time>
                    </td>
                    <td className={td}>{entry.byName}</td>
                    <td className={td}>
                      <span className="font-bold">{KIND_LABELS[entry.kind] ? t(KIND_LABELS[entry.kind]) : entry.kind}</span>
                      {entry.changedFields.length ? (
                        <span>
                          {t('procEdit.historyFields', {
                            fields: entry.changedFields.map((f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f)).join(language === 'ja' ? '、' : ', '),
                          })}
                        </span>
                      ) : null}
                      <span className="block text-dns-14N-130">{t('procEdit.historyVersion', { version: entry.version })}</span>
                    </td>
                    <td className={td}>
                      {entry.status ? <StatusText status={entry.status} /> : null}
                      {entry.effectiveOn ? <span className="block text-dns-14N-130">{t('procEdit.historyEffective', { date: date(entry.effectiveOn) })}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : null}
        </Section>
      ) : null}
    </>
  );
}
