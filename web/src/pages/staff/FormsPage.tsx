import { Link } from 'react-router';
import { get, query } from '../../api/client';
import type { FormPage } from '../../api/types';
import { ButtonLink } from '../../components/Button';
import { Loading, LoadError, Tag } from '../../components/Feedback';
import { DataTable, PageTitle, td, th } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useDepartments } from '../../components/useDepartments';
import { useI18n } from '../../i18n/I18n';
import { formKindLabel, formStatusLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';

/** 様式の編集: the forms of the caller's department (procedure-admin: every department), newest first. */
export function FormsPage() {
  const { t, pick, language, date } = useI18n();
  const { session, hasRole } = useSession();
  const { nameOf } = useDepartments();
  const admin = hasRole('procedure-admin');
  const department = admin ? null : session?.authenticated ? session.department : null;
  const forms = useAsync((signal) => get<FormPage>(`/api/v1/forms${query({ department, size: 100 })}`, signal), [department]);
  return (
    <>
      <PageTitle title={t('forms.title')}>{t('forms.title')}</PageTitle>
      <p className="mt-2">
        <ButtonLink to="/staff/forms/new">{t('forms.new')}</ButtonLink>
      </p>
      {forms.error ? <LoadError error={forms.error} /> : null}
      {!forms.data && forms.loading ? <Loading /> : null}
      {forms.data ? (
        <div className="mt-4">
          <DataTable caption={t('forms.caption', { count: forms.data.total })} id="forms">
            <thead>
              <tr>
                <th scope="col" className={th}>{t('forms.formTitle')}</th>
                <th scope="col" className={th}>{t('forms.kind')}</th>
                <th scope="col" className={th}>{t('forms.department')}</th>
                <th scope="col" className={th}>{t('forms.status')}</th>
                <th scope="col" className={th}>{t('forms.period')}</th>
              </tr>
            </thead>
            <tbody>
              {forms.data.items.map((form) => (
                <tr key={form.id}>
                  <td className={td}>
                    <Link to={`/staff/forms/${form.id}`} className="text-blue-900 underline">
                      {pick(form.title, form.titleEn)}
                    </Link>
                    <span className="ml-2 text-dns-14N-130">v{form.version}</span>
                  </td>
                  <td className={td}>{formKindLabel(form.kind, language)}</td>
                  <td className={td}>{nameOf(form.departmentCode)}</td>
                  <td className={td}>
                    <Tag tone={form.open ? 'success' : form.status === 'DRAFT' ? 'neutral' : 'warning'}>
                      {formStatusLabel(form.status, language)}
                    </Tag>
                  </td>
                  <td className={td}>
                    {form.opensAt ? date(form.opensAt) : ''}
                    {form.closesAt ? ` – ${date(form.closesAt)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      ) : null}
    </>
  );
}
