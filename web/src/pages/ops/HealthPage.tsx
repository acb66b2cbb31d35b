import { useEffect } from 'react';
import { ApiError, get } from '../../api/client';
import { Button } from '../../components/Button';
import { Loading, LoadError, Tag } from '../../components/Feedback';
import { DataTable, PageTitle, td, th } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';

interface Health {
  status: string;
  checks: { name: string; status: string; data?: Record<string, string> }[];
}

/** The gateway's view of each service: its readiness and its circuit breaker (/q/health/group/upstreams). */
async function upstreams(signal: AbortSignal): Promise<Health> {
  try {
    return await get<Health>('/q/health/group/upstreams', signal);
  } catch (error) {
    // a service that is down makes the group 503, with the same JSON body
    if (error instanceof ApiError && error.status === 503 && error.problem && 'checks' in error.problem) {
      return error.problem as unknown as Health;
    }
    throw error;
  }
}

export function HealthPage() {
  const { t } = useI18n();
  const health = useAsync(upstreams, []);
  useEffect(() => {
    const timer = setInterval(health.reload, 15_000);
    return () => clearInterval(timer);
  }, [health.reload]);
  const data = health.data?.checks.find((c) => c.name === 'upstreams')?.data ?? {};
  const services = Object.keys(data).filter((k) => !k.endsWith('.circuit'));
  return (
    <>
      <PageTitle title={t('ops.healthTitle')}>{t('ops.healthTitle')}</PageTitle>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        {health.data ? (
          <span>
            {t('ops.overall')}{' '}
            <Tag tone={health.data.status === 'UP' ? 'success' : 'error'}>{health.data.status}</Tag>
          </span>
        ) : null}
        <Button size="sm" variant="secondary" onClick={health.reload}>
          {t('ops.refresh')}
        </Button>
      </p>
      {health.error ? <LoadError error={health.error} /> : null}
      {!health.data && health.loading ? <Loading /> : null}
      {health.data ? (
        <div className="mt-4">
          <DataTable caption={t('ops.healthCaption')} id="upstreams">
            <thead>
              <tr>
                <th scope="col" className={th}>{t('ops.service')}</th>
                <th scope="col" className={th}>{t('ops.status')}</th>
                <th scope="col" className={th}>{t('ops.circuit')}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((name) => (
                <tr key={name}>
                  <th scope="row" className={`${td} font-normal`}>{name}</th>
                  <td className={td}>
                    <Tag tone={data[name] === 'UP' ? 'success' : 'error'}>{data[name]}</Tag>
                  </td>
                  <td className={td}>
                    <Tag tone={data[`${name}.circuit`] === 'CLOSED' ? 'success' : 'warning'}>{data[`${name}.circuit`]}</Tag>
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
