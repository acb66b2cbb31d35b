import { useState } from 'react';
import { api, get } from '../../api/client';
import type { DisasterDeclaration, Site } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice } from '../../components/Feedback';
import { ChoiceGroup, TextArea, TextField } from '../../components/Form';
import { PageTitle, Section } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { cityInstant } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18n';
import { useSession } from '../../session/Session';
import { siteNames } from './DisasterBanner';

/** 災害モード: the declarations in force, and for 情報政策課 the switch to declare and lift it. */
export function DisasterPage() {
  const { t, pick, dateTime } = useI18n();
  const { hasRole } = useSession();
  const mayDeclare = hasRole('info-policy');
  const [round, setRound] = useState(0);
  const declarations = useAsync((signal) => get<DisasterDeclaration[]>('/api/v1/lending/disaster-mode', signal), [round]);
  const sites = useAsync((signal) => get<Site[]>('/api/v1/lending/sites', signal), []);
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [fromTime, setFromTime] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [confirming, setConfirming] = useState(false);
  const active = (declarations.data ?? []).filter((d) => !d.liftedAt);

  const declare = async () => {
    setFailure(null);
    setDone('');
    try {
      const { data } = await api<DisasterDeclaration>('/api/v1/lending/disaster-mode', {
        method: 'POST',
        body: {
          siteCodes: chosen,
          effectiveFrom: fromDay ? new Date(cityInstant(fromDay, fromTime || '00:00')).toISOString() : null,
          reason: reason.trim() || null,
        },
      });
      setDone(t('disaster.declared', { cancelled: data.bookingsCancelled ?? 0, recalled: data.devicesRecalled ?? 0 }));
      setConfirming(false);
      setChosen([]);
      setReason('');
      setRound((r) => r + 1);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <PageTitle title={t('disaster.title')}>{t('disaster.title')}</PageTitle>
      <p className="mt-2 text-std-16N-170">{t('disaster.lead')}</p>
      {done ? <Notice kind="success" live="status" className="mt-4" title={done} /> : null}
      <ActionError error={failure} />
      <Section title={t('disaster.inForce')} id="in-force">
        {declarations.error ? <LoadError error={declarations.error} /> : null}
        {!declarations.data && declarations.loading ? <Loading /> : null}
        {declarations.data && active.length === 0 ? <p>{t('disaster.none')}</p> : null}
        <ul className="flex flex-col gap-3">
          {active.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 rounded-8 border-2 border-error-2 p-3">
              <div>
                <p className="text-std-17B-170">{siteNames(d, sites.data ?? [], pick, t('disaster.allSites'))}</p>
                <p className="text-dns-16N-130">{t('disaster.since', { date: dateTime(d.effectiveFrom) })}</p>
                {d.reason ? <p className="text-std-16N-170">{d.reason}</p> : null}
              </div>
              {mayDeclare ? (
                <Button
                  variant="secondary"
                  onClick={async () => {
                    setFailure(null);
                    try {
                      await api(`/api/v1/lending/disaster-mode/${d.id}/lift`, { method: 'POST' });
                      setDone(t('disaster.lifted'));
                      setRound((r) => r + 1);
                    } catch (error) {
                      setFailure(error);
                    }
                  }}
                >
                  {t('disaster.lift')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      {mayDeclare ? (
        <Section title={t('disaster.declare')} id="declare">
          <form
            noValidate
            className="flex flex-col gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (confirming) {
                void declare();
              } else {
                setConfirming(true);
              }
            }}
          >
            <ChoiceGroup
              id="disaster-sites"
              legend={t('disaster.sites')}
              type="checkbox"
              showRequirement={false}
              hint={t('disaster.sitesHint')}
              options={(sites.data ?? []).map((s) => ({ value: s.code, label: pick(s.nameJa, s.nameEn) }))}
              value={chosen}
              onChange={setChosen}
            />
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <TextField id="disaster-from-day" type="date" label={t('disaster.fromDay')} hint={t('disaster.fromHint')} value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
              <TextField id="disaster-from-time" type="time" label={t('disaster.fromTime')} value={fromTime} onChange={(e) => setFromTime(e.target.value)} />
            </div>
            <TextArea id="disaster-reason" label={t('disaster.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
            {confirming ? (
              <Notice kind="warning" live="alert" title={t('disaster.confirmTitle')}>
                <p>{t('disaster.confirmText', { sites: chosen.length ? chosen.map((c) => pick(sites.data?.find((s) => s.code === c)?.nameJa ?? c, sites.data?.find((s) => s.code === c)?.nameEn ?? c)).join('、') : t('disaster.allSites') })}</p>
              </Notice>
            ) : null}
            <div className="flex flex-wrap gap-3">
              <Button type="submit" variant={confirming ? 'danger' : 'primary'}>
                {confirming ? t('disaster.confirm') : t('disaster.declareSubmit')}
              </Button>
              {confirming ? (
                <Button variant="tertiary" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </Button>
              ) : null}
            </div>
          </form>
        </Section>
      ) : null}
    </>
  );
}
