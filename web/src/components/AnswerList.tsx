import type { Attachment, FieldDefinition } from '../api/types';
import { useI18n } from '../i18n/I18n';

/** The answers of an application under the labels of the form they answered. */
export function AnswerList({
  fields,
  answers,
  attachments,
  applicationId,
}: {
  fields: FieldDefinition[] | null;
  answers: Record<string, unknown>;
  attachments: Attachment[];
  applicationId: string;
}) {
  const { t, language, date } = useI18n();
  const keys = fields ? fields.map((f) => f.key) : Object.keys(answers);
  const show = (key: string) => {
    const field = fields?.find((f) => f.key === key);
    const value = answers[key];
    if (field?.type === 'ATTACHMENT') {
      const files = attachments.filter((a) => a.field === key);
      if (files.length === 0) {
        return '—';
      }
      return (
        <ul>
          {files.map((file) => (
            <li key={file.id}>
              <a
                className="text-blue-900 underline"
                href={`/api/v1/applications/${applicationId}/attachments/${file.id}`}
                download={file.fileName}
              >
                {file.fileName}
              </a>
            </li>
          ))}
        </ul>
      );
    }
    if (value === undefined || value === null || value === '') {
      return '—';
    }
    if (typeof value === 'boolean') {
      return value ? t('answers.yes') : t('answers.no');
    }
    if (Array.isArray(value)) {
      return value.join('、');
    }
    if (field?.type === 'DATE' && typeof value === 'string') {
      return date(value);
    }
    return <span className="whitespace-pre-line">{String(value)}</span>;
  };
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-std-16N-170 sm:grid-cols-[minmax(10rem,max-content)_1fr]">
      {keys.map((key) => {
        const field = fields?.find((f) => f.key === key);
        return (
          <div key={key} className="contents">
            <dt className="font-bold">{field ? (language === 'en' && field.labelEn ? field.labelEn : field.label) : key}</dt>
            <dd>{show(key)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
