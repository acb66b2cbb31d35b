import { useState } from 'react';
import { api, get, query } from '../../api/client';
import type { Device, Incident, Site } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice, Tag } from '../../components/Feedback';
import { Checkbox, SelectField, TextArea } from '../../components/Form';
import { PageTitle } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';
import { incidentKindLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';

function IncidentCard({ incident, deviceLabel, mayClose, onChanged }: {
  incident: Incident;
  deviceLabel: string;
  mayClose: boolean;
  onChanged(message: string): void;
}) {
  const { t, language, dateTime } = useI18n();
  const [report, setReport] = useState('');
  const [resolution, setResolution] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const id = incident.id;
  const closed = Boolean(incident.closedAt);
  return (
    <li className="rounded-8 border border-solid-gray-300 p-4">
      <article aria-labelledby={`inc-${id}`}>
        <h2 id={`inc-${id}`} className="flex flex-wrap items-center gap-2 text-std-18B-160">
          <span>{incidentKindLabel(incident.kind, language)}</span>
          <span>{deviceLabel}</span>
          <Tag tone={closed ? 'neutral' : 'warning'}>{closed ? t('incidents.closed') : t('incidents.open')}</Tag>
        </h2>
        <p className="text-dns-14N-130 text-solid-gray-700">{t('incidents.openedAt', { date: dateTime(incident.openedAt) })}</p>
        {incident.description ? <p className="mt-2 whitespace-pre-line">{incident.description}</p> : null}
        {incident.reportRequired ? (
          <p className="mt-2">
            {incident.reportSubmittedAt
              ? t('incidents.reportSubmitted', { date: dateTime(incident.reportSubmittedAt) })
              : t('incidents.reportMissing')}
          </p>
        ) : null}
        {incident.report ? <p className="mt-1 whitespace-pre-line rounded-6 bg-solid-gray-50 px-3 py-2">{incident.report}</p> : null}
        {incident.disabledAt ? <p className="mt-1">{t('incidents.disabledAt', { date: dateTime(incident.disabledAt) })}</p> : null}
        {incident.resolution ? <p className="mt-1">{t('incidents.resolution', { text: incident.resolution })}</p> : null}
        <ActionError error={failure} />
        {!closed && incident.reportRequired && !incident.reportSubmittedAt ? (
          <form
            className="mt-3 flex flex-col gap-3"
            onSubmit={async (event) => {
              event.preventDefault();
              setFailure(null);
              try {
                await api(`/api/v1/lending/incidents/${id}/report`, { method: 'POST', body: { report } });
                onChanged(t('incidents.reportSaved'));
              } catch (error) {
                setFailure(error);
              }
            }}
          >
            <TextArea id={`report-${id}`} label={t('incidents.report')} hint={t('incidents.reportHint')} required value={report} onChange={(e) => setReport(e.target.value)} />
            <div>
              <Button type="submit" size="sm">
                {t('incidents.submitReport')}
              </Button>
            </div>
          </form>
        ) : null}
        {!closed && mayClose ? (
          <form
            className="mt-3 flex flex-col gap-3"
            onSubmit={async (event) => {
              event.preventDefault();
              setFailure(null);
              try {
                await api(`/api/v1/lending/incidents/${id}/close`, { method: 'POST', body: { resolution: resolution.trim() || null } });
                onChanged(t('incidents.closedDone'));
              } catch (error) {
                setFailure(error);
              }
            }}
          >
            <TextArea id={`resolution-${id}`} label={t('incidents.resolutionLabel')} rows={2} value={resolution} onChange={(e) => setResolution(e.target.value)} />
            <div>
              <Button type="submit" size="sm" variant="secondary">
                {t('incidents.close')}
              </Button>
            </div>
          </form>
        ) : null}
      </article>
    </li>
  );
}

/** 事故・顛末書: the incidents of the desk's site (情報政策課: any site), their written reports and closing. */
export function IncidentsPage() {
  const { t, pick } = useI18n();
  const { session, hasRole } = useSession();
  const infoPolicy = hasRole('info-policy');
  const managed = session?.authenticated ? session.managedSite : null;
  const [site, setSite] = useState<string>(managed ?? '');
  const [openOnly, setOpenOnly] = useState(true);
  const [round, setRound] = useState(0);
  const [done, setDone] = useState('');
  const sites = useAsync((signal) => get<Site[]>('/api/v1/lending/sites', signal), []);
  const list = useAsync(
    (signal) => get<Incident[]>(`/api/v1/lending/incidents${query({ site: site || null, open: openOnly })}`, signal),
    [site, openOnly, round],
  );
  const devices = useAsync((signal) => get<Device[]>(`/api/v1/lending/devices${query({ site: site || null })}`, signal), [site]);
  const label = (id: string) => devices.data?.find((d) => d.id === id)?.label ?? '';
  return (
    <>
      <PageTitle title={t('incidents.title')}>{t('incidents.title')}</PageTitle>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        {infoPolicy ? (
          <div className="min-w-64">
            <SelectField id="incident-site" label={t('lending.site')} showRequirement={false} value={site} onChange={(e) => setSite(e.target.value)}>
              <option value="">{t('incidents.allSites')}</option>
              {(sites.data ?? []).map((s) => (
                <option key={s.code} value={s.code}>
                  {pick(s.nameJa, s.nameEn)}
                </option>
              ))}
            </SelectField>
          </div>
        ) : null}
        <Checkbox id="incident-open" label={t('incidents.openOnly')} checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />
      </div>
      {done ? <Notice kind="success" live="status" className="mt-4" title={done} /> : null}
      {list.error ? <LoadError error={list.error} /> : null}
      {!list.data && list.loading ? <Loading /> : null}
      {list.data && list.data.length === 0 ? <p className="mt-4">{t('incidents.none')}</p> : null}
      <ul className="mt-4 flex flex-col gap-3">
        {(list.data ?? []).map((incident) => (
          <IncidentCard
            key={incident.id}
            incident={incident}
            deviceLabel={label(incident.deviceId)}
            mayClose={hasRole('lending-desk') && incident.siteCode === managed}
            onChanged={(message) => {
              setDone(message);
              setRound((r) => r + 1);
            }}
          />
        ))}
      </ul>
    </>
  );
}
