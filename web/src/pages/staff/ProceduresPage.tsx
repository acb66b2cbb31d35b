import { useState } from 'react';
import { Link } from 'react-router';
import { get, query } from '../../api/client';
import type { SearchPage } from '../../api/types';
import { Button, ButtonLink } from '../../components/Button';
import { Loading, LoadError, Notice, Tag } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Form';
import { DataTable, PageTitle, td, th } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useDepartments } from '../../components/useDepartments';
import { Pager } from '../../components/Pager';
import { useI18n } from '../../i18n/I18n';
import { PROCEDURE_STATUSES, procedureStatusLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';

interface Filters {
  q: string;
  department: string;
  status: string;
}

const PAGE_SIZE = 50;

/** The tone of an online-ization status: done, planned, set aside, or not yet in a plan. */
export function procedureTone(kind: string): 'success' | 'info' | 'warning' | 'error' | 'neutral' {
  switch (kind) {
    case 'COMPLETED':
      return 'success';
    case 'PLANNED':
      return 'info';
    case 'REVISED':
      return 'warning';
    case 'ABOLISHED':
      return 'error';
    default:
      return 'neutral';
  }
}

/**
 * 手続きの管理: the procedures of the caller's department (procedure-admin: every department, with a department
 * filter), searchable, each with its online-ization status; each opens to its editor.
 */
export function ProceduresPage() {
  const { t, pick, language } = useI18n();
  const { session, hasRole } = useSession();
  const { departments, nameOf } = useDepartments();
  const admin = hasRole('procedure-admin');
  const ownDepartment = session?.authenticated ? session.department : null;
  const empty: Filters = { q: '', department: '', status: '' };
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const [page, setPage] = useState(0);
  const department = admin ? filters.department : ownDepartment;
  const mayList = admin || Boolean(ownDepartment);
  const list = useAsync(
    (signal) =>
      mayList
        ? get<SearchPage>(
            `/api/v1/procedures${query({ q: filters.q.trim(), department, status: filters.status, page, size: PAGE_SIZE })}`,
            signal,
          )
        : Promise.resolve(null),
    [filters, department, page, mayList],
  );
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageTitle title={t('procedures.title')}>{t('procedures.title')}</PageTitle>
      <p className="mt-2 text-std-16N-170">
        {admin ? t('procedures.leadAdmin') : t('procedures.lead', { department: nameOf(ownDepartment) })}
      </p>
      {mayList ? (
        <p className="mt-4">
          <ButtonLink to="/staff/procedures/new">{t('procedures.register')}</ButtonLink>
        </p>
      ) : (
        <Notice kind="warning" className="mt-4" title={t('procedures.noDepartment')} />
      )}
      {mayList ? (
        <form
          className="mt-4 grid grid-cols-1 gap-4 rounded-8 border border-solid-gray-300 p-4 md:grid-cols-2"
          aria-label={t('procedures.filters')}
          onSubmit={(event) => {
            event.preventDefault();
            setPage(0);
            setFilters(draft);
          }}
        >
          <div className="md:col-span-2">
            <TextField
              id="procedures-q"
              type="search"
              label={t('procedures.search')}
              hint={t('procedures.searchHint')}
              showRequirement={false}
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            />
          </div>
          {admin ? (
            <SelectField
              id="procedures-department"
              label={t('procedures.department')}
              showRequirement={false}
              value={draft.department}
              onChange={(e) => setDraft({ ...draft, department: e.target.value })}
            >
              <option value="">{t('procedures.departmentAny')}</option>
              {departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {pick(d.name, d.nameEn)}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField
            id="procedures-status"
            label={t('procedures.status')}
            showRequirement={false}
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
          >
            <option value="">{t('procedures.statusAny')}</option>
            {PROCEDURE_STATUSES.map((code) => (
              <option key={code} value={code}>
                {procedureStatusLabel(code, language)}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-wrap gap-3 md:col-span-2">
            <Button type="submit">{t('procedures.apply')}</Button>
            <Button
              variant="tertiary"
              onClick={() => {
                setDraft(empty);
                setFilters(empty);
                setPage(0);
              }}
            >
              {t('procedures.clear')}
            </Button>
          </div>
        </form>
      ) : null}
      <div className="mt-6">
        {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
        {!list.data && list.loading && mayList ? <Loading /> : null}
        {list.data ? (
          <>
            <p role="status" className="mb-2 text-std-16N-170">
              {t('procedures.count', { count: list.data.total })}
            </p>
            {list.data.items.length > 0 ? (
              <DataTable caption={t('procedures.caption')} id="procedures">
                <thead>
                  <tr>
                    <th scope="col" className={th}>{t('procedures.name')}</th>
                    <th scope="col" className={th}>{t('procedures.code')}</th>
                    <th scope="col" className={th}>{t('procedures.category')}</th>
                    <th scope="col" className={th}>{t('procedures.department')}</th>
                    <th scope="col" className={th}>{t('procedures.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((p) => (
                    <tr key={p.id}>
                      <td className={td}>
                        <Link to={`/staff/procedures/${p.id}`} className="text-blue-900 underline">
                          {p.name}
                        </Link>
                      </td>
                      <td className={td}>{p.code}</td>
                      <td className={td}>{p.category ?? ''}</td>
                      <td className={td}>{pick(p.department.name, p.department.nameEn)}</td>
                      <td className={td}>
                        <Tag tone={procedureTone(p.status)}>{pick(p.statusLabel.ja, p.statusLabel.en)}</Tag>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : null}
            <Pager page={page} pages={pages} onPage={setPage} />
          </>
        ) : null}
      </div>
    </>
  );
}
