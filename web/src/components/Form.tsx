import { useEffect, useRef, type ReactNode, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useI18n } from '../i18n/I18n';

/** The ids a field's hint and errors get, for aria-describedby. */
export function describedBy(id: string, hint: boolean, errors: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

const controlBase =
  'w-full rounded-8 border bg-white px-4 py-3 text-std-16N-170 text-solid-gray-800 ' +
  'aria-[invalid=true]:border-error-1 aria-[invalid=true]:border-2';
const controlBorder = 'border-solid-gray-600 hover:border-black';

export function RequiredTag({ required }: { required: boolean }) {
  const { t } = useI18n();
  return required ? (
    <span className="ml-2 rounded-4 bg-error-2 px-1.5 py-0.5 text-dns-14B-120 text-white">{t('form.required')}</span>
  ) : (
    <span className="ml-2 rounded-4 border border-solid-gray-600 px-1.5 py-0.5 text-dns-14N-120 text-solid-gray-800">
      {t('form.optional')}
    </span>
  );
}

/** The messages under a field: what is wrong with it, each line with a visible marker. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) {
    return null;
  }
  return (
    <div id={`${id}-error`} className="mt-1 text-std-16N-170 text-error-2">
      {errors.map((message, index) => (
        <p key={index}>＊{message}</p>
      ))}
    </div>
  );
}

interface ShellProps {
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  showRequirement?: boolean;
}

/** A label, a requirement tag, the hint, the control and its errors, in the order a screen reader reads them. */
export function FieldShell({ id, label, required = false, hint, errors, children, showRequirement = true }: ShellProps) {
  return (
    <div className="flex flex-col gap-1" data-field={id}>
      <label htmlFor={id} className="text-std-17B-170 text-solid-gray-800">
        {label}
        {showRequirement ? <RequiredTag required={required} /> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

type Common = { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; showRequirement?: boolean };

export function TextField({
  id,
  label,
  hint,
  errors,
  required,
  showRequirement,
  className = '',
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required} showRequirement={showRequirement}>
      <input
        id={id}
        name={input.name ?? id}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(errors?.length))}
        className={`${controlBase} ${controlBorder} ${className}`}
        {...input}
      />
    </FieldShell>
  );
}

export function TextArea({
  id,
  label,
  hint,
  errors,
  required,
  showRequirement,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required} showRequirement={showRequirement}>
      <textarea
        id={id}
        name={input.name ?? id}
        rows={input.rows ?? 4}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(errors?.length))}
        className={`${controlBase} ${controlBorder}`}
        {...input}
      />
    </FieldShell>
  );
}

export function SelectField({
  id,
  label,
  hint,
  errors,
  required,
  showRequirement,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required} showRequirement={showRequirement}>
      <select
        id={id}
        name={select.name ?? id}
        required={required}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(errors?.length))}
        className={`${controlBase} ${controlBorder} appearance-auto`}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

/** A single checkbox with its label beside it (consent, a checklist item). */
export function Checkbox({
  id,
  label,
  hint,
  errors,
  ...input
}: Omit<Common, 'showRequirement'> & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="flex flex-col gap-1" data-field={id}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={input.name ?? id}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(id, Boolean(hint), Boolean(errors?.length))}
          className="mt-1 size-6 shrink-0 accent-blue-900"
          {...input}
        />
        <label htmlFor={id} className="text-std-16N-170 text-solid-gray-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="ml-9 text-std-16N-170 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** A group of radio buttons or checkboxes under one legend. */
export function ChoiceGroup({
  id,
  legend,
  type,
  options,
  value,
  onChange,
  required = false,
  hint,
  errors,
  showRequirement = true,
}: {
  id: string;
  legend: ReactNode;
  type: 'radio' | 'checkbox';
  options: { value: string; label: ReactNode }[];
  value: string[];
  onChange(value: string[]): void;
  required?: boolean;
  hint?: ReactNode;
  errors?: string[];
  showRequirement?: boolean;
}) {
  const invalid = Boolean(errors?.length);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="flex flex-col gap-2"
      aria-describedby={describedBy(id, Boolean(hint), invalid)}
      data-field={id}
    >
      <legend className="mb-1 text-std-17B-170 text-solid-gray-800">
        {legend}
        {showRequirement ? <RequiredTag required={required} /> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        const checked = value.includes(option.value);
        return (
          <div key={option.value} className="flex items-start gap-3">
            <input
              id={optionId}
              type={type}
              name={id}
              value={option.value}
              checked={checked}
              aria-invalid={invalid || undefined}
              className="mt-1 size-6 shrink-0 accent-blue-900"
              onChange={(event) => {
                if (type === 'radio') {
                  onChange([option.value]);
                } else {
                  onChange(event.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value));
                }
              }}
            />
            <label htmlFor={optionId} className="text-std-16N-170 text-solid-gray-800">
              {option.label}
            </label>
          </div>
        );
      })}
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}

export interface SummaryItem {
  /** The id of the control to move to. */
  id: string;
  label: ReactNode;
  messages: string[];
}

/**
 * The summary at the top of a form the server refused: the problem's title and detail, and a link to every field
 * with what is wrong with it. It is an alert (announced at once) and takes the focus when it appears.
 */
export function ErrorSummary({ title, detail, items }: { title: string; detail?: string | null; items: SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    ref.current?.focus();
  }, [title, detail, items.length]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-8 border-2 border-l-8 border-error-2 bg-white px-4 py-4"
    >
      <h2 id="error-summary-title" className="text-std-20B-150 text-error-2">
        {title}
      </h2>
      {detail ? <p className="mt-1 text-std-16N-170">{detail}</p> : null}
      {items.length ? (
        <>
          <p className="mt-2 text-std-16N-170">{t('form.summaryIntro', { count: items.length })}</p>
          <ul className="mt-1 ml-6 list-disc">
            {items.map((item) => (
              <li key={item.id} className="text-std-16N-170">
                <a
                  href={`#${item.id}`}
                  className="text-blue-900 underline"
                  onClick={(event) => {
                    const target = document.getElementById(item.id);
                    if (target) {
                      event.preventDefault();
                      target.scrollIntoView?.({ block: 'center' });
                      const focusable = target.matches('fieldset')
                        ? target.querySelector<HTMLElement>('input') ?? target
                        : target;
                      focusable.focus();
                    }
                  }}
                >
                  {item.label}: {item.messages.join(' ')}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** Splits an ISO day (2027-03-15) into its parts; anything else into what it holds. */
export function dayParts(value: string): { year: string; month: string; day: string } {
  const [year = '', month = '', day = ''] = value ? value.split('-') : [];
  return { year, month: month.replace(/^0(?=\d)/, ''), day: day.replace(/^0(?=\d)/, '') };
}

/**
 * The day the parts name as the API reads it (2027-03-15); blank when every part is; as typed when some are
 * missing, so that the server names the field.
 */
export function dayOf(year: string, month: string, day: string): string {
  const [y, m, d] = [year.trim(), month.trim(), day.trim()].map((s) => s.normalize('NFKC'));
  if (!y && !m && !d) {
    return '';
  }
  if (/^\d{4}$/.test(y) && /^\d{1,2}$/.test(m) && /^\d{1,2}$/.test(d)) {
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  return `${y}-${m}-${d}`;
}

/**
 * A date as three text boxes, 年・月・日, as the Digital Agency's pattern has it: typed the same way on every browser
 * and keyboard, whatever the locale of the browser's own date picker.
 */
export function DateField({
  id,
  label,
  required = false,
  hint,
  errors,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  errors?: string[];
  value: string;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  const parts = dayParts(value);
  const invalid = Boolean(errors?.length);
  const box = `${controlBase.replace('w-full ', '')} ${controlBorder} text-center`;
  const change = (part: 'year' | 'month' | 'day', text: string) => {
    const next = { ...parts, [part]: text };
    onChange(dayOf(next.year, next.month, next.day));
  };
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedBy(id, Boolean(hint), invalid)} data-field={id}>
      <legend className="mb-1 text-std-17B-170 text-solid-gray-800">
        {label}
        <RequiredTag required={required} />
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        {(
          [
            ['year', id, t('form.year'), 'w-28', 4],
            ['month', `${id}-month`, t('form.month'), 'w-20', 2],
            ['day', `${id}-day`, t('form.day'), 'w-20', 2],
          ] as const
        ).map(([part, partId, partLabel, width, size]) => (
          <div key={part} className="flex items-center gap-2">
            <input
              id={partId}
              inputMode="numeric"
              autoComplete="off"
              maxLength={size}
              aria-label={partLabel}
              aria-required={required || undefined}
              aria-invalid={invalid || undefined}
              className={`${box} ${width}`}
              value={parts[part]}
              onChange={(e) => change(part, e.target.value)}
            />
            <span aria-hidden="true" className="text-std-16N-170">
              {partLabel}
            </span>
          </div>
        ))}
      </div>
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
