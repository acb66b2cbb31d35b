import { Link, useParams } from 'react-router';
import { get } from '../../api/client';
import type { Procedure } from '../../api/types';
import { Loading, LoadError, Tag } from '../../components/Feedback';
import { Breadcrumbs, PageTitle, Section } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { Furigana } from '../../furigana/Furigana';
import { useI18n } from '../../i18n/I18n';

/** A procedure: what it is, who handles it, and the forms to do it online with their QR codes. */
export function ProcedurePage() {
  const { id = '' } = useParams();
  const { t, pick, date } = useI18n();
  const procedure = useAsync((signal) => get<Procedure>(`/api/v1/procedures/${encodeURIComponent(id)}`, signal), [id]);
  const p = procedure.data;
  return (
    <>
      <Breadcrumbs items={[{ to: '/', label: t('nav.search') }, { label: p ? p.name : t('procedure.title') }]} />
      {procedure.error ? <LoadError error={procedure.error} /> : null}
      {!p && procedure.loading ? <Loading /> : null}
      {p ? (
        <>
          <PageTitle title={p.name}>
            <Furigana text={p.name} reading={p.kana} />
          </PageTitle>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-dns-16N-130">
            <span>{pick(p.department.name, p.department.nameEn)}</span>
            <Tag tone={p.status.online ? 'success' : 'neutral'}>{pick(p.status.label.ja, p.status.label.en)}</Tag>
            {p.status.completedOn ? <span>{t('procedure.onlineSince', { date: date(p.status.completedOn) })}</span> : null}
          </p>
          {p.description ? <p className="mt-4 whitespace-pre-line text-std-16N-170">{p.description}</p> : null}
          <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-std-16N-170 sm:grid-cols-[max-content_1fr]">
            <dt className="font-bold">{t('procedure.code')}</dt>
            <dd>{p.code}</dd>
            {p.category ? (
              <>
                <dt className="font-bold">{t('procedure.category')}</dt>
                <dd>{p.category}</dd>
              </>
            ) : null}
            {p.legalBasis ? (
              <>
                <dt className="font-bold">{t('procedure.legalBasis')}</dt>
                <dd>{p.legalBasis}</dd>
              </>
            ) : null}
          </dl>
          <Section title={t('procedure.forms')} id="forms">
            {p.forms.length === 0 ? <p>{t('procedure.noForms')}</p> : null}
            <ul className="flex flex-col gap-4">
              {p.forms.map((form) => (
                <li
                  key={form.id}
                  className="flex flex-col gap-4 rounded-8 border border-solid-gray-300 p-4 sm:flex-row sm:items-center sm:justify-between"
                >
                  <div>
                    <Link to={`/forms/${form.id}`} className="text-std-20B-150 text-blue-900 underline">
                      <Furigana text={pick(form.title, form.titleEn)} />
                    </Link>
                    <p className="mt-1 text-dns-16N-130 text-solid-gray-700">{t('procedure.qrHint')}</p>
                  </div>
                  <img
                    src={`/api/v1/forms/${form.id}/qr.svg`}
                    alt={t('procedure.qrAlt', { title: pick(form.title, form.titleEn) })}
                    width={144}
                    height={144}
                    className="size-36 self-start border border-solid-gray-300 bg-white"
                  />
                </li>
              ))}
            </ul>
          </Section>
        </>
      ) : null}
    </>
  );
}
