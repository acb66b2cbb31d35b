import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { FIELD_TYPES, type FieldDefinition, type FieldType, type Form } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice, Tag } from '../../components/Feedback';
import { Checkbox, ErrorSummary, SelectField, TextArea, TextField, type SummaryItem } from '../../components/Form';
import { FormFields, type Answers } from '../../components/FormFields';
import { Breadcrumbs, PageTitle, Section } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useDepartments } from '../../components/useDepartments';
import { cityInstant, isoDay } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18n';
import { FORM_KINDS, formKindLabel, formStatusLabel, fieldTypeLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';

interface FieldDraft {
  uid: number;
  key: string;
  label: string;
  labelEn: string;
  type: FieldType;
  required: boolean;
  minLength: string;
  maxLength: string;
  pattern: string;
  choices: string;
}

interface Draft {
  kind: string;
  departmentCode: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  acceptsAnonymous: boolean;
  opensAt: string;
  closesAt: string;
  standardProcessingDays: string;
  maxFileBytes: string;
  maxFiles: string;
  procedureIds: string[];
  fields: FieldDraft[];
}

let uids = 0;
const TEXTUAL = new Set<FieldType>(['TEXT', 'LONG_TEXT', 'ADDRESS']);
const CHOICES = new Set<FieldType>(['SINGLE_CHOICE', 'MULTIPLE_CHOICE']);

function newField(index: number): FieldDraft {
  return { uid: ++uids, key: `field${index + 1}`, label: '', labelEn: '', type: 'TEXT', required: false, minLength: '', maxLength: '', pattern: '', choices: '' };
}

function draftOf(form: Form | null, department: string): Draft {
  return {
    kind: form?.kind ?? 'PROCEDURE',
    departmentCode: form?.departmentCode ?? department,
    title: form?.title ?? '',
    titleEn: form?.titleEn ?? '',
    description: form?.description ?? '',
    descriptionEn: form?.descriptionEn ?? '',
    acceptsAnonymous: form?.acceptsAnonymous ?? false,
    opensAt: form?.opensAt ? isoDay(form.opensAt) : '',
    closesAt: form?.closesAt ? isoDay(form.closesAt) : '',
    standardProcessingDays: form?.standardProcessingDays ? String(form.standardProcessingDays) : '',
    maxFileBytes: form?.attachmentLimits ? String(Math.round(form.attachmentLimits.maxFileBytes / 1024 / 1024)) : '',
    maxFiles: form?.attachmentLimits ? String(form.attachmentLimits.maxFiles) : '',
    procedureIds: form?.procedureIds ?? [],
    fields: (form?.fields ?? []).map((f) => ({
      uid: ++uids,
      key: f.key,
      label: f.label,
      labelEn: f.labelEn ?? '',
      type: f.type,
      required: f.required,
      minLength: f.minLength ? String(f.minLength) : '',
      maxLength: f.maxLength ? String(f.maxLength) : '',
      pattern: f.pattern ?? '',
      choices: (f.choices ?? []).join('\n'),
    })),
  };
}

const number = (text: string) => (text.trim() === '' ? null : Number(text));

/** The field definitions the draft describes, as the API takes them and the preview renders them. */
export function fieldsOfDraft(fields: FieldDraft[]): FieldDefinition[] {
  return fields.map((f) => ({
    key: f.key.trim(),
    label: f.label,
    labelEn: f.labelEn.trim() || null,
    type: f.type,
    required: f.required,
    minLength: TEXTUAL.has(f.type) ? number(f.minLength) : null,
    maxLength: TEXTUAL.has(f.type) ? number(f.maxLength) : null,
    pattern: f.type === 'TEXT' || f.type === 'LONG_TEXT' ? f.pattern.trim() || null : null,
    choices: CHOICES.has(f.type) ? f.choices.split('\n').map((c) => c.trim()).filter(Boolean) : null,
  }));
}

function requestOf(draft: Draft, creating: boolean) {
  const hasAttachment = draft.fields.some((f) => f.type === 'ATTACHMENT');
  const body: Record<string, unknown> = {
    title: draft.title,
    titleEn: draft.titleEn.trim() || null,
    description: draft.description.trim() || null,
    descriptionEn: draft.descriptionEn.trim() || null,
    fields: fieldsOfDraft(draft.fields),
    acceptsAnonymous: draft.acceptsAnonymous,
    opensAt: draft.opensAt ? new Date(cityInstant(draft.opensAt, '00:00')).toISOString() : null,
    closesAt: draft.closesAt ? new Date(cityInstant(draft.closesAt, '00:00')).toISOString() : null,
    procedureIds: draft.procedureIds,
    standardProcessingDays: number(draft.standardProcessingDays),
    attachmentLimits: hasAttachment
      ? {
          maxFileBytes: number(draft.maxFileBytes) === null ? null : Math.round(Number(draft.maxFileBytes) * 1024 * 1024),
          maxFiles: number(draft.maxFiles),
        }
      : null,
  };
  if (creating) {
    body.kind = draft.kind;
    body.departmentCode = draft.departmentCode;
  }
  return body;
}

/** The id of the control a problem's field path names (title, fields[2].label …). */
export function controlOf(path: string, draft: Draft): string {
  const field = /^fields\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (field) {
    const uid = draft.fields[Number(field[1])]?.uid;
    const part = field[2] ?? 'key';
    return uid === undefined ? 'form-fields' : `fd-${uid}-${['choices', 'label', 'labelEn', 'type', 'key', 'minLength', 'maxLength', 'pattern'].includes(part) ? part : 'key'}`;
  }
  const top = path.split('.')[0];
  const ids: Record<string, string> = {
    kind: 'form-kind',
    departmentCode: 'form-department',
    title: 'form-title',
    titleEn: 'form-titleEn',
    description: 'form-description',
    descriptionEn: 'form-descriptionEn',
    opensAt: 'form-opensAt',
    closesAt: 'form-closesAt',
    standardProcessingDays: 'form-days',
    attachmentLimits: 'form-maxFileBytes',
    fields: 'form-fields',
  };
  return ids[top] ?? 'form-title';
}

/** The field-definition editor of a form, with a live preview of the form as residents will see it. */
export function FormEditorPage() {
  const { id = 'new' } = useParams();
  const creating = id === 'new';
  const navigate = useNavigate();
  const { t, language, pick } = useI18n();
  const { session, hasRole } = useSession();
  const { departments } = useDepartments();
  const ownDepartment = session?.authenticated ? session.department ?? '' : '';
  const loaded = useAsync(
    (signal) => (creating ? Promise.resolve(null) : api<Form>(`/api/v1/forms/${encodeURIComponent(id)}`, { signal })),
    [id],
  );
  const [draft, setDraft] = useState<Draft>(() => draftOf(null, ownDepartment));
  const [etag, setEtag] = useState<string | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [preview, setPreview] = useState<Answers>({});

  useEffect(() => {
    if (loaded.data) {
      setForm(loaded.data.data);
      setEtag(loaded.data.etag);
      setDraft(draftOf(loaded.data.data, ownDepartment));
    } else if (creating) {
      setDraft(draftOf(null, ownDepartment));
    }
  }, [loaded.data, creating, ownDepartment]);

  const fieldErrors = failure instanceof ApiError ? failure.fieldErrors : {};
  const errorsAt = (controlId: string) =>
    Object.entries(fieldErrors).filter(([path]) => controlOf(path, draft) === controlId).flatMap(([, m]) => m);
  const summary: SummaryItem[] = Object.entries(fieldErrors).map(([path, messages]) => ({ id: controlOf(path, draft), label: path, messages }));
  const problem = failure instanceof ApiError ? failure.problem : null;
  const previewFields = useMemo(() => fieldsOfDraft(draft.fields).filter((f) => f.key), [draft.fields]);
  const hasAttachment = draft.fields.some((f) => f.type === 'ATTACHMENT');

  const setField = (uid: number, change: Partial<FieldDraft>) =>
    setDraft((d) => ({ ...d, fields: d.fields.map((f) => (f.uid === uid ? { ...f, ...change } : f)) }));
  const move = (index: number, by: number) =>
    setDraft((d) => {
      const fields = [...d.fields];
      const [moved] = fields.splice(index, 1);
      fields.splice(index + by, 0, moved);
      return { ...d, fields };
    });

  const save = async () => {
    setFailure(null);
    setDone('');
    try {
      const response = creating
        ? await api<Form>('/api/v1/forms', { method: 'POST', body: requestOf(draft, true) })
        : await api<Form>(`/api/v1/forms/${id}`, { method: 'PUT', body: requestOf(draft, false), headers: { 'If-Match': etag ?? '' } });
      setForm(response.data);
      setEtag(response.etag);
      setDone(t('editor.saved'));
      if (creating) {
        navigate(`/staff/forms/${response.data.id}`, { replace: true });
      }
    } catch (error) {
      setFailure(error);
    }
  };
  const step = async (what: 'publish' | 'close') => {
    if (!form) {
      return;
    }
    setFailure(null);
    setDone('');
    try {
      const response = await api<Form>(`/api/v1/forms/${form.id}/${what}`, { method: 'POST', headers: { 'If-Match': etag ?? '' } });
      setForm(response.data);
      setEtag(response.etag);
      setDone(what === 'publish' ? t('editor.published') : t('editor.closedDone'));
    } catch (error) {
      setFailure(error);
    }
  };

  if (!creating && loaded.error) {
    return <LoadError error={loaded.error} />;
  }
  if (!creating && !form && loaded.loading) {
    return <Loading />;
  }
  const title = creating ? t('editor.newTitle') : t('editor.title', { title: form ? pick(form.title, form.titleEn) : '' });
  return (
    <>
      <Breadcrumbs items={[{ to: '/staff/forms', label: t('nav.forms') }, { label: creating ? t('forms.new') : form?.title ?? '' }]} />
      <PageTitle title={title}>{title}</PageTitle>
      {form ? (
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <Tag tone={form.open ? 'success' : 'neutral'}>{formStatusLabel(form.status, language)}</Tag>
          <span>{t('editor.version', { version: form.version })}</span>
          {form.status === 'PUBLISHED' ? <span className="text-dns-14N-130">{t('editor.newVersionNote')}</span> : null}
        </p>
      ) : null}
      <div className="mt-6 grid grid-cols-1 gap-8 lg:grid-cols-2">
        <form
          noValidate
          className="flex flex-col gap-5"
          aria-label={t('editor.formLabel')}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {summary.length ? (
            <ErrorSummary title={problem?.title ?? t('form.errorTitle')} detail={problem?.detail} items={summary} />
          ) : (
            <ActionError error={failure} />
          )}
          {done ? <Notice kind="success" live="status" title={done} /> : null}
          {creating ? (
            <>
              <SelectField id="form-kind" label={t('forms.kind')} required value={draft.kind} errors={errorsAt('form-kind')} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
                {FORM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {formKindLabel(k, language)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id="form-department"
                label={t('forms.department')}
                required
                value={draft.departmentCode}
                errors={errorsAt('form-department')}
                disabled={!hasRole('procedure-admin')}
                onChange={(e) => setDraft({ ...draft, departmentCode: e.target.value })}
              >
                <option value="">{t('form.choose')}</option>
                {departments.map((d) => (
                  <option key={d.code} value={d.code}>
                    {pick(d.name, d.nameEn)}
                  </option>
                ))}
              </SelectField>
            </>
          ) : null}
          <TextField id="form-title" label={t('editor.titleJa')} required value={draft.title} errors={errorsAt('form-title')} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          <TextField id="form-titleEn" label={t('editor.titleEn')} lang="en" value={draft.titleEn} errors={errorsAt('form-titleEn')} onChange={(e) => setDraft({ ...draft, titleEn: e.target.value })} />
          <TextArea id="form-description" label={t('editor.descriptionJa')} value={draft.description} errors={errorsAt('form-description')} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
          <TextArea id="form-descriptionEn" label={t('editor.descriptionEn')} lang="en" value={draft.descriptionEn} errors={errorsAt('form-descriptionEn')} onChange={(e) => setDraft({ ...draft, descriptionEn: e.target.value })} />
          <Checkbox id="form-anonymous" label={t('editor.anonymous')} checked={draft.acceptsAnonymous} onChange={(e) => setDraft({ ...draft, acceptsAnonymous: e.target.checked })} />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <TextField id="form-opensAt" type="date" label={t('editor.opensAt')} value={draft.opensAt} errors={errorsAt('form-opensAt')} onChange={(e) => setDraft({ ...draft, opensAt: e.target.value })} />
            <TextField id="form-closesAt" type="date" label={t('editor.closesAt')} hint={t('editor.closesHint')} value={draft.closesAt} errors={errorsAt('form-closesAt')} onChange={(e) => setDraft({ ...draft, closesAt: e.target.value })} />
          </div>
          <TextField id="form-days" inputMode="numeric" label={t('editor.processingDays')} hint={t('editor.processingHint')} value={draft.standardProcessingDays} errors={errorsAt('form-days')} onChange={(e) => setDraft({ ...draft, standardProcessingDays: e.target.value })} />
          {hasAttachment ? (
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <TextField id="form-maxFileBytes" inputMode="numeric" label={t('editor.maxFileMb')} required value={draft.maxFileBytes} errors={errorsAt('form-maxFileBytes')} onChange={(e) => setDraft({ ...draft, maxFileBytes: e.target.value })} />
              <TextField id="form-maxFiles" inputMode="numeric" label={t('editor.maxFiles')} required value={draft.maxFiles} onChange={(e) => setDraft({ ...draft, maxFiles: e.target.value })} />
            </div>
          ) : null}
          <Section title={t('editor.fields')} id="form-fields-section">
            <p id="form-fields" tabIndex={-1} className="mb-3 text-std-16N-170">
              {t('editor.fieldsHint')}
            </p>
            <ol className="flex flex-col gap-4">
              {draft.fields.map((f, index) => {
                const base = `fd-${f.uid}`;
                return (
                  <li key={f.uid} className="rounded-8 border border-solid-gray-300 p-3">
                    <fieldset className="flex flex-col gap-3">
                      <legend className="text-std-17B-170">{t('editor.fieldN', { n: index + 1 })}</legend>
                      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                        <TextField id={`${base}-key`} label={t('editor.key')} hint={t('editor.keyHint')} required value={f.key} errors={errorsAt(`${base}-key`)} onChange={(e) => setField(f.uid, { key: e.target.value })} />
                        <SelectField id={`${base}-type`} label={t('editor.type')} required value={f.type} errors={errorsAt(`${base}-type`)} onChange={(e) => setField(f.uid, { type: e.target.value as FieldType })}>
                          {FIELD_TYPES.map((type) => (
                            <option key={type} value={type}>
                              {fieldTypeLabel(type, language)}
                            </option>
                          ))}
                        </SelectField>
                        <TextField id={`${base}-label`} label={t('editor.label')} required value={f.label} errors={errorsAt(`${base}-label`)} onChange={(e) => setField(f.uid, { label: e.target.value })} />
                        <TextField id={`${base}-labelEn`} lang="en" label={t('editor.labelEn')} value={f.labelEn} errors={errorsAt(`${base}-labelEn`)} onChange={(e) => setField(f.uid, { labelEn: e.target.value })} />
                      </div>
                      <Checkbox id={`${base}-required`} label={t('editor.requiredField')} checked={f.required} onChange={(e) => setField(f.uid, { required: e.target.checked })} />
                      {TEXTUAL.has(f.type) ? (
                        <div className="grid grid-cols-2 gap-3">
                          <TextField id={`${base}-minLength`} inputMode="numeric" label={t('editor.minLength')} value={f.minLength} errors={errorsAt(`${base}-minLength`)} onChange={(e) => setField(f.uid, { minLength: e.target.value })} />
                          <TextField id={`${base}-maxLength`} inputMode="numeric" label={t('editor.maxLength')} value={f.maxLength} errors={errorsAt(`${base}-maxLength`)} onChange={(e) => setField(f.uid, { maxLength: e.target.value })} />
                        </div>
                      ) : null}
                      {f.type === 'TEXT' || f.type === 'LONG_TEXT' ? (
                        <TextField id={`${base}-pattern`} label={t('editor.pattern')} hint={t('editor.patternHint')} value={f.pattern} errors={errorsAt(`${base}-pattern`)} onChange={(e) => setField(f.uid, { pattern: e.target.value })} />
                      ) : null}
                      {CHOICES.has(f.type) ? (
                        <TextArea id={`${base}-choices`} label={t('editor.choices')} hint={t('editor.choicesHint')} required value={f.choices} errors={errorsAt(`${base}-choices`)} onChange={(e) => setField(f.uid, { choices: e.target.value })} />
                      ) : null}
                      <div className="flex flex-wrap gap-2">
                        <Button size="sm" variant="secondary" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('editor.moveUpLabel', { n: index + 1 })}>
                          {t('editor.moveUp')}
                        </Button>
                        <Button size="sm" variant="secondary" disabled={index === draft.fields.length - 1} onClick={() => move(index, 1)} aria-label={t('editor.moveDownLabel', { n: index + 1 })}>
                          {t('editor.moveDown')}
                        </Button>
                        <Button size="sm" variant="danger" onClick={() => setDraft((d) => ({ ...d, fields: d.fields.filter((x) => x.uid !== f.uid) }))} aria-label={t('editor.removeLabel', { n: index + 1 })}>
                          {t('form.remove')}
                        </Button>
                      </div>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <Button variant="secondary" className="mt-3" onClick={() => setDraft((d) => ({ ...d, fields: [...d.fields, newField(d.fields.length)] }))}>
              {t('editor.addField')}
            </Button>
          </Section>
          <div className="flex flex-wrap gap-3">
            <Button type="submit">{creating ? t('editor.create') : t('editor.save')}</Button>
            {form && form.status !== 'PUBLISHED' ? (
              <Button variant="secondary" onClick={() => void step('publish')}>
                {t('editor.publish')}
              </Button>
            ) : null}
            {form && form.status === 'PUBLISHED' ? (
              <Button variant="danger" onClick={() => void step('close')}>
                {t('editor.close')}
              </Button>
            ) : null}
          </div>
        </form>
        <aside aria-labelledby="preview-title" className="lg:sticky lg:top-4 lg:self-start">
          <div className="rounded-8 border-2 border-dashed border-solid-gray-600 p-4">
            <h2 id="preview-title" className="text-std-22B-150">
              {t('editor.preview')}
            </h2>
            <p className="mb-4 text-dns-14N-130 text-solid-gray-700">{t('editor.previewHint')}</p>
            <p className="mb-4 text-std-20B-150">{pick(draft.title, draft.titleEn) || t('editor.untitled')}</p>
            {draft.description || draft.descriptionEn ? <p className="mb-4 whitespace-pre-line">{pick(draft.description, draft.descriptionEn)}</p> : null}
            <FormFields
              fields={previewFields}
              answers={preview}
              onChange={(key, value) => setPreview((p) => ({ ...p, [key]: value }))}
              errors={{}}
              idPrefix="preview"
            />
          </div>
        </aside>
      </div>
    </>
  );
}
