import { useState } from 'react';
import { get, query } from '../../api/client';
import type { Delivery } from '../../api/types';
import { Loading, LoadError, Tag } from '../../components/Feedback';
import { SelectField } from '../../components/Form';
import { DataTable, PageTitle, td, th } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';

const STATUSES = ['FAILED', 'PENDING', 'HELD', 'SENT', 'SUPPRESSED'];
const CHANNELS = ['EMAIL', 'MESSAGING', 'INBOX'];

/** The delivery log of notification-service, failures first by default. */
export function DeliveriesPage() {
  const { t, dateTime } = useI18n();
  const [status, setStatus] = useState('FAILED');
  const [channel, setChannel] = useState('');
  const list = useAsync(
    (signal) => get<Delivery[]>(`/api/v1/notifications/deliveries${query({ status: status || null, channel: channel || null, limit: 200 })}`, signal),
    [status, channel],
  );
  return (
    <>
      <PageTitle title={t('ops.deliveriesTitle')}>{t('ops.deliveriesTitle')}</PageTitle>
      <div className="mt-4 flex flex-wrap gap-4">
        <div className="min-w-48">
          <SelectField id="delivery-status" label={t('ops.status')} showRequirement={false} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('ops.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="min-w-48">
          <SelectField id="delivery-channel" label={t('ops.channel')} showRequirement={false} value={channel} onChange={(e) => setChannel(e.target.value)}>
            <option value="">{t('ops.any')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c as 'EMAIL'}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      {list.error ? <LoadError error={list.error} /> : null}
      {!list.data && list.loading ? <Loading /> : null}
      {list.data && list.data.length === 0 ? <p className="mt-4">{t('ops.noDeliveries')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <div className="mt-4">
          <DataTable caption={t('ops.deliveriesCaption', { count: list.data.length })} id="deliveries">
            <thead>
              <tr>
                <th scope="col" className={th}>{t('ops.channel')}</th>
                <th scope="col" className={th}>{t('ops.status')}</th>
                <th scope="col" className={`${th} text-right`}>{t('ops.attempts')}</th>
                <th scope="col" className={th}>{t('ops.lastError')}</th>
                <th scope="col" className={th}>{t('ops.when')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((d) => (
                <tr key={d.id}>
                  <td className={td}>{t(`channel.${d.channel as 'EMAIL'}`)}</td>
                  <td className={td}>
                    <Tag tone={d.status === 'FAILED' ? 'error' : d.status === 'SENT' ? 'success' : 'neutral'}>{d.status}</Tag>
                  </td>
                  <td className={`${td} text-right`}>{d.attempts}</td>
                  <td className={`${td} font-mono`}>{d.lastError ?? d.suppressedBecause ?? '—'}</td>
                  <td className={td}>{d.sentAt ? dateTime(d.sentAt) : d.nextAttemptAt ? t('ops.next', { date: dateTime(d.nextAttemptAt) }) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      ) : null}
    </>
  );
}
