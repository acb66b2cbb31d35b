import { Link } from 'react-router';
import { get } from '../../api/client';
import type { ApplicationPage } from '../../api/types';
import { applicationTone, Loading, LoadError, Tag } from '../../components/Feedback';
import { DataTable, PageTitle, td, th } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { Furigana } from '../../furigana/Furigana';
import { useI18n } from '../../i18n/I18n';

/** The signed-in resident's applications, newest first. */
export function MyApplicationsPage() {
  const { t, pick, date, language } = useI18n();
  const mine = useAsync((signal) => get<ApplicationPage>('/api/v1/applications/mine?size=100', signal), []);
  return (
    <>
      <PageTitle title={t('mine.title')}>{t('mine.title')}</PageTitle>
      {mine.error ? <LoadError error={mine.error} onRetry={mine.reload} /> : null}
      {!mine.data && mine.loading ? <Loading /> : null}
      {mine.data && mine.data.items.length === 0 ? <p className="mt-4">{t('mine.none')}</p> : null}
      {mine.data && mine.data.items.length > 0 ? (
        <div className="mt-4">
          <DataTable caption={t('mine.caption', { count: mine.data.total })} id="my-applications">
            <thead>
              <tr>
                <th scope="col" className={th}>{t('mine.receiptNumber')}</th>
                <th scope="col" className={th}>{t('mine.form')}</th>
                <th scope="col" className={th}>{t('mine.status')}</th>
                <th scope="col" className={th}>{t('mine.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {mine.data.items.map((a) => (
                <tr key={a.id}>
                  <td className={td}>
                    <Link to={`/my/applications/${a.id}`} className="text-blue-900 underline">
                      {a.receiptNumber.number}
                    </Link>
                  </td>
                  <td className={td}>
                    {language === 'en' && a.form.titleEn ? a.form.titleEn : <Furigana text={a.form.title} />}
                  </td>
                  <td className={td}>
                    <Tag tone={applicationTone(a.status.code)}>{pick(a.status.ja, a.status.en)}</Tag>
                  </td>
                  <td className={td}>{date(a.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      ) : null}
    </>
  );
}
