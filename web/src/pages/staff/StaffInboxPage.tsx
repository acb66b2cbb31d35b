import { useState } from 'react';
import { Link } from 'react-router';
import { get, query } from '../../api/client';
import type { ApplicationPage, FormPage } from '../../api/types';
import { Button } from '../../components/Button';
import { Pager } from '../../components/Pager';
import { applicationTone, Loading, LoadError, Tag } from '../../components/Feedback';
import { ChoiceGroup, SelectField, TextField } from '../../components/Form';
import { DataTable, PageTitle, td, th } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';
import { applicationStatusLabel, APPLICATION_STATUSES } from '../../i18n/labels';
import { useSession } from '../../session/Session';

interface Filters {
  status: string[];
  due: string;
  formId: string;
  receiptNumber: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { status: [], due: '', formId: '', receiptNumber: '', from: '', to: '' };
const PAGE_SIZE = 50;

/** 受付一覧: the department's applications, due first, with filters; each opens to its workflow steps. */
export function StaffInboxPage() {
  const { t, pick, date, language } = useI18n();
  const { session } = useSession();
  const department = session?.authenticated ? session.department : null;
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(0);
  const inbox = useAsync(
    (signal) =>
      get<ApplicationPage>(
        `/api/v1/inbox${query({ ...filters, status: filters.status, page, size: PAGE_SIZE })}`,
        signal,
      ),
    [filters, page],
  );
  const forms = useAsync(
    (signal) =>
      department
        ? get<FormPage>(`/api/v1/forms${query({ department, size: 100 })}`, signal)
        : Promise.resolve({ items: [], total: 0, page: 0, size: 0 } as FormPage),
    [department],
  );
  const pages = inbox.data ? Math.max(1, Math.ceil(inbox.data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageTitle title={t('staffInbox.title')}>{t('staffInbox.title')}</PageTitle>
      <form
        className="mt-4 grid grid-cols-1 gap-4 rounded-8 border border-solid-gray-300 p-4 md:grid-cols-2"
        aria-label={t('staffInbox.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setPage(0);
          setFilters(draft);
        }}
      >
        <div className="md:col-span-2">
          <ChoiceGroup
            id="filter-status"
            legend={t('staffInbox.status')}
            type="checkbox"
            showRequirement={false}
            options={APPLICATION_STATUSES.map((code) => ({ value: code, label: applicationStatusLabel(code, language) }))}
            value={draft.status}
            onChange={(status) => setDraft({ ...draft, status })}
          />
        </div>
        <SelectField
          id="filter-due"
          label={t('staffInbox.due')}
          showRequirement={false}
          value={draft.due}
          onChange={(e) => setDraft({ ...draft, due: e.target.value })}
        >
          <option value="">{t('staffInbox.dueAny')}</option>
          <option value="OVERDUE">{t('staffInbox.dueOverdue')}</option>
          <option value="SOON">{t('staffInbox.dueSoon')}</option>
        </SelectField>
        <SelectField
          id="filter-form"
          label={t('staffInbox.form')}
          showRequirement={false}
          value={draft.formId}
          onChange={(e) => setDraft({ ...draft, formId: e.target.value })}
        >
          <option value="">{t('staffInbox.formAny')}</option>
          {(forms.data?.items ?? []).map((form) => (
            <option key={form.id} value={form.id}>
              {pick(form.title, form.titleEn)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="filter-receipt"
          label={t('mine.receiptNumber')}
          showRequirement={false}
          value={draft.receiptNumber}
          onChange={(e) => setDraft({ ...draft, receiptNumber: e.target.value })}
        />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            id="filter-from"
            type="date"
            label={t('staffInbox.from')}
            showRequirement={false}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
          <TextField
            id="filter-to"
            type="date"
            label={t('staffInbox.to')}
            showRequirement={false}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <div className="flex flex-wrap gap-3 md:col-span-2">
          <Button type="submit">{t('staffInbox.apply')}</Button>
          <Button
            variant="tertiary"
            onClick={() => {
              setDraft(EMPTY);
              setFilters(EMPTY);
              setPage(0);
            }}
          >
            {t('staffInbox.clear')}
          </Button>
        </div>
      </form>
      <div className="mt-6">
        {inbox.error ? <LoadError error={inbox.error} onRetry={inbox.reload} /> : null}
        {!inbox.data && inbox.loading ? <Loading /> : null}
        {inbox.data ? (
          <>
            <p role="status" className="mb-2 text-std-16N-170">
              {t('staffInbox.count', { count: inbox.data.total })}
            </p>
            {inbox.data.items.length > 0 ? (
              <DataTable caption={t('staffInbox.caption')} id="staff-inbox">
                <thead>
                  <tr>
                    <th scope="col" className={th}>{t('mine.receiptNumber')}</th>
                    <th scope="col" className={th}>{t('mine.form')}</th>
                    <th scope="col" className={th}>{t('mine.status')}</th>
                    <th scope="col" className={th}>{t('mine.submitted')}</th>
                    <th scope="col" className={th}>{t('receipt.dueDate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {inbox.data.items.map((a) => (
                    <tr key={a.id}>
                      <td className={td}>
                        <Link to={`/staff/applications/${a.id}`} className="text-blue-900 underline">
                          {a.receiptNumber.number}
                        </Link>
                        {a.anonymous ? <span className="ml-2 text-dns-14N-130">（{t('staffInbox.anonymous')}）</span> : null}
                      </td>
                      <td className={td}>{pick(a.form.title, a.form.titleEn)}</td>
                      <td className={td}>
                        <Tag tone={applicationTone(a.status.code)}>{pick(a.status.ja, a.status.en)}</Tag>
                      </td>
                      <td className={td}>{date(a.submittedAt)}</td>
                      <td className={td}>
                        {a.dueDate ? date(a.dueDate) : '—'}
                        {a.overdue ? (
                          <span className="ml-2">
                            <Tag tone="error">{t('staffInbox.overdue')}</Tag>
                          </span>
                        ) : null}
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
