import { useState } from 'react';
import { api, ApiError } from '../api/client';
import type { Attachment, FieldDefinition } from '../api/types';
import { Furigana } from '../furigana/Furigana';
import { useI18n } from '../i18n/I18n';
import { Button } from './Button';
import { Checkbox, ChoiceGroup, DateField, FieldErrors, RequiredTag, SelectField, TextArea, TextField } from './Form';

/** An answer as the applications API takes it: text, a consent flag, or a list (choices, attachment ids). */
export type AnswerValue = string | boolean | string[];
export type Answers = Record<string, AnswerValue>;

export const fieldId = (prefix: string, key: string) => `${prefix}-${key}`;

/** The field errors of a problem that concern answers ({@code answers.<key>}), by field key. */
export function answerErrors(error: unknown): Record<string, string[]> {
  if (!(error instanceof ApiError)) {
    return {};
  }
  const byKey: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(error.fieldErrors)) {
    const match = /^answers\.([^.[\]]+)/.exec(path);
    if (match) {
      (byKey[match[1]] ??= []).push(...messages);
    }
  }
  return byKey;
}

/** What the form sends: blank text left out, lists as lists, consent as a flag. */
export function answersToSend(fields: FieldDefinition[], answers: Answers): Answers {
  const out: Answers = {};
  for (const field of fields) {
    const value = answers[field.key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      continue;
    }
    out[field.key] = value;
  }
  return out;
}

/** The answers an application holds, as the form's controls take them. */
export function answersFromApplication(fields: FieldDefinition[], stored: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const field of fields) {
    const value = stored[field.key];
    if (value === undefined || value === null) {
      continue;
    }
    if (Array.isArray(value)) {
      answers[field.key] = value.map(String);
    } else if (typeof value === 'boolean') {
      answers[field.key] = value;
    } else {
      answers[field.key] = String(value);
    }
  }
  return answers;
}

function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }
  if (bytes >= 1024) {
    return `${Math.ceil(bytes / 1024)} KB`;
  }
  return `${bytes} B`;
}

interface Props {
  fields: FieldDefinition[];
  answers: Answers;
  onChange(key: string, value: AnswerValue): void;
  errors: Record<string, string[]>;
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  /** The form whose attachment endpoint takes uploads; none in a preview. */
  formId?: string;
  /** Files uploaded for each attachment field, shown by name. */
  uploads?: Record<string, Attachment[]>;
  onUploaded?(key: string, attachment: Attachment): void;
  onRemoved?(key: string, id: string): void;
  maxFileBytes?: number;
  /** Readings over the labels (citizen pages). */
  furigana?: boolean;
}

function LabelText({ field, furigana }: { field: FieldDefinition; furigana: boolean }) {
  const { language, pick } = useI18n();
  if (language === 'en' && field.labelEn) {
    return <>{field.labelEn}</>;
  }
  return furigana ? <Furigana text={field.label} /> : <>{pick(field.label, field.labelEn)}</>;
}

function AttachmentField({
  field,
  id,
  errors,
  formId,
  uploads,
  onUploaded,
  onRemoved,
  maxFileBytes,
  furigana,
}: {
  field: FieldDefinition;
  id: string;
  errors?: string[];
  formId?: string;
  uploads: Attachment[];
  onUploaded?(key: string, attachment: Attachment): void;
  onRemoved?(key: string, id: string): void;
  maxFileBytes?: number;
  furigana: boolean;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const shown = [...uploadErrors, ...(errors ?? [])];
  const hintId = `${id}-hint`;
  return (
    <div className="flex flex-col gap-1" data-field={id}>
      <label htmlFor={id} className="text-std-17B-170 text-solid-gray-800">
        <LabelText field={field} furigana={furigana} />
        <RequiredTag required={field.required} />
      </label>
      <p id={hintId} className="text-std-16N-170 text-solid-gray-700">
        {maxFileBytes ? t('form.attachmentHintLimit', { size: humanSize(maxFileBytes) }) : t('form.attachmentHint')}
      </p>
      <input
        id={id}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        multiple
        disabled={!formId || busy}
        aria-invalid={shown.length ? true : undefined}
        aria-describedby={[hintId, shown.length ? `${id}-error` : null, `${id}-files`].filter(Boolean).join(' ')}
        className="text-std-16N-170 file:mr-3 file:rounded-8 file:border-2 file:border-blue-900 file:bg-white file:px-3 file:py-2 file:text-blue-900"
        onChange={async (event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (!formId || files.length === 0) {
            return;
          }
          setBusy(true);
          const failures: string[] = [];
          for (const file of files) {
            try {
              const { data } = await api<Attachment>(
                `/api/v1/forms/${formId}/attachments?field=${encodeURIComponent(field.key)}&filename=${encodeURIComponent(file.name)}`,
                { method: 'POST', body: file, headers: { 'Content-Type': file.type || 'application/octet-stream' } },
              );
              onUploaded?.(field.key, data);
            } catch (failure) {
              const problem = failure instanceof ApiError ? failure.problem : null;
              failures.push(`${file.name}: ${problem?.detail ?? problem?.title ?? t('common.actionFailed')}`);
            }
          }
          setUploadErrors(failures);
          setBusy(false);
        }}
      />
      <ul id={`${id}-files`} aria-live="polite" className="flex flex-col gap-1">
        {uploads.map((upload) => (
          <li key={upload.id} className="flex flex-wrap items-center gap-3 text-std-16N-170">
            <span>
              {t('form.uploaded', { name: upload.fileName, size: humanSize(upload.size) })}
            </span>
            {onRemoved ? (
              <Button
                variant="tertiary"
                size="sm"
                onClick={() => onRemoved(field.key, upload.id)}
                aria-label={t('form.removeFile', { name: upload.fileName })}
              >
                {t('form.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {busy ? <p role="status">{t('form.uploading')}</p> : null}
      <FieldErrors id={id} errors={shown} />
    </div>
  );
}

/** The controls of a form, rendered from its field definitions, each with the server's errors beside it. */
export function FormFields({
  fields,
  answers,
  onChange,
  errors,
  idPrefix,
  formId,
  uploads = {},
  onUploaded,
  onRemoved,
  maxFileBytes,
  furigana = false,
}: Props) {
  const { t } = useI18n();
  return (
    <div className="flex flex-col gap-6">
      {fields.map((field) => {
        const id = fieldId(idPrefix, field.key);
        const label = <LabelText field={field} furigana={furigana} />;
        const fieldErrors = errors[field.key];
        const text = typeof answers[field.key] === 'string' ? (answers[field.key] as string) : '';
        const common = {
          id,
          label,
          required: field.required,
          errors: fieldErrors,
          value: text,
        };
        const lengthHint =
          field.maxLength && field.minLength
            ? t('form.lengthBetween', { min: field.minLength, max: field.maxLength })
            : field.maxLength
              ? t('form.lengthAtMost', { max: field.maxLength })
              : field.minLength
                ? t('form.lengthAtLeast', { min: field.minLength })
                : undefined;
        switch (field.type) {
          case 'LONG_TEXT':
          case 'ADDRESS':
            return (
              <TextArea
                key={field.key}
                {...common}
                hint={field.type === 'ADDRESS' ? t('form.addressHint') : lengthHint}
                autoComplete={field.type === 'ADDRESS' ? 'street-address' : undefined}
                onChange={(e) => onChange(field.key, e.target.value)}
              />
            );
          case 'DATE':
            return (
              <DateField
                key={field.key}
                id={id}
                label={label}
                required={field.required}
                hint={t('form.dateHint')}
                errors={fieldErrors}
                value={text}
                onChange={(value) => onChange(field.key, value)}
              />
            );
          case 'NUMBER':
            return (
              <TextField
                key={field.key}
                {...common}
                inputMode="decimal"
                hint={t('form.numberHint')}
                onChange={(e) => onChange(field.key, e.target.value)}
              />
            );
          case 'EMAIL':
            return (
              <TextField
                key={field.key}
                {...common}
                type="email"
                autoComplete="email"
                hint={t('form.emailHint')}
                onChange={(e) => onChange(field.key, e.target.value)}
              />
            );
          case 'PHONE':
            return (
              <TextField
                key={field.key}
                {...common}
                type="tel"
                autoComplete="tel"
                hint={t('form.phoneHint')}
                onChange={(e) => onChange(field.key, e.target.value)}
              />
            );
          case 'POSTAL_CODE':
            return (
              <TextField
                key={field.key}
                {...common}
                inputMode="numeric"
                autoComplete="postal-code"
                hint={t('form.postalCodeHint')}
                className="max-w-48"
                onChange={(e) => onChange(field.key, e.target.value)}
              />
            );
          case 'MY_NUMBER':
            return (
              <TextField
                key={field.key}
                {...common}
                inputMode="numeric"
                autoComplete="off"
                hint={t('form.myNumberHint')}
                onChange={(e) => onChange(field.key, e.target.value)}
              />
            );
          case 'SINGLE_CHOICE': {
            const choices = field.choices ?? [];
            const selected = typeof answers[field.key] === 'string' ? [answers[field.key] as string] : [];
            if (choices.length > 7) {
              return (
                <SelectField
                  key={field.key}
                  {...common}
                  onChange={(e) => onChange(field.key, e.target.value)}
                >
                  <option value="">{t('form.choose')}</option>
                  {choices.map((choice) => (
                    <option key={choice} value={choice}>
                      {choice}
                    </option>
                  ))}
                </SelectField>
              );
            }
            return (
              <ChoiceGroup
                key={field.key}
                id={id}
                legend={label}
                type="radio"
                required={field.required}
                options={choices.map((choice) => ({ value: choice, label: choice }))}
                value={selected}
                errors={fieldErrors}
                onChange={(value) => onChange(field.key, value[0] ?? '')}
              />
            );
          }
          case 'MULTIPLE_CHOICE': {
            const value = Array.isArray(answers[field.key]) ? (answers[field.key] as string[]) : [];
            return (
              <ChoiceGroup
                key={field.key}
                id={id}
                legend={label}
                type="checkbox"
                required={field.required}
                hint={t('form.chooseAny')}
                options={(field.choices ?? []).map((choice) => ({ value: choice, label: choice }))}
                value={value}
                errors={fieldErrors}
                onChange={(next) => onChange(field.key, next)}
              />
            );
          }
          case 'CONSENT':
            return (
              <div key={field.key} className="flex flex-col gap-1">
                <p className="text-std-17B-170">
                  {t('form.consentHeading')}
                  <RequiredTag required={field.required} />
                </p>
                <Checkbox
                  id={id}
                  label={label}
                  checked={answers[field.key] === true}
                  errors={fieldErrors}
                  onChange={(e) => onChange(field.key, e.target.checked)}
                />
              </div>
            );
          case 'ATTACHMENT':
            return (
              <AttachmentField
                key={field.key}
                field={field}
                id={id}
                errors={fieldErrors}
                formId={formId}
                uploads={uploads[field.key] ?? []}
                onUploaded={onUploaded}
                onRemoved={onRemoved}
                maxFileBytes={maxFileBytes}
                furigana={furigana}
              />
            );
          default:
            return (
              <TextField
                key={field.key}
                {...common}
                hint={lengthHint}
                onChange={(e) => onChange(field.key, e.target.value)}
              />
            );
        }
      })}
    </div>
  );
}
