import { useState } from 'react';
import { api, get, query } from '../../api/client';
import type { Device, Incident, Site } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice, Tag } from '../../components/Feedback';
import { Checkbox, SelectField, TextArea } from '../../components/Form';
import { PageTitle, Section } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18n';
import { incidentKindLabel } from '../../i18n/labels';
import { useSession } from '../../session/Session';

function IncidentCard({ incident, deviceLabel, mayClose, own, onChanged }: {
  incident: Incident;
  deviceLabel: string;
  mayClose: boolean;
  /** The borrower's own incident: they write the report themselves (the desk copies a paper one). */
  own: boolean;
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
        <h3 id={`inc-${id}`} className="flex flex-wrap items-center gap-2 text-std-18B-160">
          <span>{incidentKindLabel(incident.kind, language)}</span>
          <span>{deviceLabel}</span>
          <Tag tone={closed ? 'neutral' : 'warning'}>{closed ? t('incidents.closed') : t('incidents.open')}</Tag>
        </h3>
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
            <TextArea id={`report-${id}`} label={own ? t('incidents.ownReport') : t('incidents.report')} hint={t('incidents.reportHint')} required value={report} onChange={(e) => setReport(e.target.value)} />
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

/** A list of incidents as cards: the desk of an incident's site may close it, the person it names writes its 顛末書. */
function IncidentList({ list, devices, none, onChanged }: {
  list: { data?: Incident[]; error?: unknown; loading: boolean };
  devices: Device[];
  none: string;
  onChanged(message: string): void;
}) {
  const { session, hasRole } = useSession();
  const managed = session?.authenticated ? session.managedSite : null;
  const subject = session?.authenticated ? session.subject : null;
  return (
    <>
      {list.error ? <LoadError error={list.error} /> : null}
      {!list.data && list.loading ? <Loading /> : null}
      {list.data && list.data.length === 0 ? <p className="mt-4">{none}</p> : null}
      <ul className="mt-4 flex flex-col gap-3">
        {(list.data ?? []).map((incident) => (
          <IncidentCard
            key={incident.id}
            incident={incident}
            deviceLabel={devices.find((d) => d.id === incident.deviceId)?.label ?? ''}
            mayClose={hasRole('lending-desk') && incident.siteCode === managed}
            own={subject !== null && incident.reporter === subject}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </>
  );
}

/** The signed-in borrower's own incidents: those whose 顛末書 they are asked for, and what they reported. */
function MyIncidents({ round, onChanged }: { round: number; onChanged(message: string): void }) {
  const { t } = useI18n();
  const [openOnly, setOpenOnly] = useState(true);
  const mine = useAsync((signal) => get<Incident[]>(`/api/v1/lending/incidents/mine${query({ open: openOnly })}`, signal), [openOnly, round]);
  const devices = useAsync((signal) => get<Device[]>('/api/v1/lending/devices', signal), []);
  return (
    <Section title={t('incidents.mine')} id="my-incidents">
      <p className="mb-3">{t('incidents.mineLead')}</p>
      <Checkbox id="my-incident-open" label={t('incidents.openOnly')} checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />
      <IncidentList list={mine} devices={devices.data ?? []} none={t('incidents.mineNone')} onChanged={onChanged} />
    </Section>
  );
}

/** The incidents of the desk's site (情報政策課: of any site): reports copied from paper, and closing. */
function SiteIncidents({ round, onChanged }: { round: number; onChanged(message: string): void }) {
  const { t, pick } = useI18n();
  const { session, hasRole } = useSession();
  const infoPolicy = hasRole('info-policy');
  const managed = session?.authenticated ? session.managedSite : null;
  const [site, setSite] = useState<string>(managed ?? '');
  const [openOnly, setOpenOnly] = useState(true);
  const sites = useAsync((signal) => get<Site[]>('/api/v1/lending/sites', signal), []);
  const list = useAsync(
    (signal) => get<Incident[]>(`/api/v1/lending/incidents${query({ site: site || null, open: openOnly })}`, signal),
    [site, openOnly, round],
  );
  const devices = useAsync((signal) => get<Device[]>(`/api/v1/lending/devices${query({ site: site || null })}`, signal), [site]);
  return (
    <Section title={infoPolicy ? t('incidents.everySite') : t('incidents.siteTitle')} id="site-incidents">
      <div className="flex flex-wrap items-end gap-4">
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
      <IncidentList list={list} devices={devices.data ?? []} none={t('incidents.none')} onChanged={onChanged} />
    </Section>
  );
}

/**
 * 事故・顛末書: every member of staff sees the incidents that name them and writes their own 顛末書; a desk also
 * sees its site's incidents (情報政策課: any site's), copies reports handed in on paper and closes them.
 */
export function IncidentsPage() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const [round, setRound] = useState(0);
  const [done, setDone] = useState('');
  const changed = (message: string) => {
    setDone(message);
    setRound((r) => r + 1);
  };
  return (
    <>
      <PageTitle title={t('incidents.title')}>{t('incidents.title')}</PageTitle>
      {done ? <Notice kind="success" live="status" className="mt-4" title={done} /> : null}
      <MyIncidents round={round} onChanged={changed} />
      {hasRole('lending-desk') || hasRole('info-policy') ? <SiteIncidents round={round} onChanged={changed} /> : null}
    </>
  );
}
