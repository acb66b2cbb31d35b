import { useState } from 'react';
import { api, ApiError, get, query } from '../../api/client';
import type { Device, Reservation } from '../../api/types';
import { Button } from '../../components/Button';
import { ActionError, Loading, LoadError, Notice, Tag } from '../../components/Feedback';
import { Checkbox, ChoiceGroup, TextArea, TextField } from '../../components/Form';
import { PageTitle, Section } from '../../components/Page';
import { useAsync } from '../../components/useAsync';
import { useDepartments } from '../../components/useDepartments';
import { useI18n } from '../../i18n/I18n';
import {
  KIT_ITEMS,
  kitLabel,
  NOTEBOOK_ARRANGEMENTS,
  notebookLabel,
  purposeLabel,
  reservationStatusLabel,
  USAGE_RULES,
  usageRuleLabel,
} from '../../i18n/labels';
import { useSession } from '../../session/Session';

function HandOverForm({ reservation, kit, onDone }: { reservation: Reservation; kit: string[]; onDone(): void }) {
  const { t, language } = useI18n();
  const [arrangement, setArrangement] = useState('DEPOSITED');
  const [assetTag, setAssetTag] = useState('');
  const [storage, setStorage] = useState('');
  const [handed, setHanded] = useState<string[]>(kit);
  const [disinfected, setDisinfected] = useState(false);
  const [operationChecked, setOperationChecked] = useState(false);
  const [rules, setRules] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const id = reservation.id;
  // a notebook left at the desk needs its asset number and where it is kept (the service refuses the hand-over
  // without them, naming notebook.assetTag or notebook.storage)
  const fieldErrors = failure instanceof ApiError ? failure.fieldErrors : {};
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      aria-label={t('desk.handOver')}
      onSubmit={async (event) => {
        event.preventDefault();
        setFailure(null);
        try {
          await api(`/api/v1/lending/reservations/${id}/hand-over`, {
            method: 'POST',
            body: {
              notebook: { arrangement, assetTag: assetTag.trim() || null, storage: storage.trim() || null },
              kit: handed,
              disinfected,
              operationChecked,
              rulesAcknowledged: rules,
            },
          });
          onDone();
        } catch (error) {
          setFailure(error);
        }
      }}
    >
      <ActionError error={failure} />
      <ChoiceGroup
        id={`ho-notebook-${id}`}
        legend={t('desk.notebook')}
        type="radio"
        required
        options={NOTEBOOK_ARRANGEMENTS.map((a) => ({ value: a, label: notebookLabel(a, language) }))}
        value={[arrangement]}
        onChange={(v) => setArrangement(v[0] ?? 'DEPOSITED')}
      />
      {arrangement === 'DEPOSITED' ? (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField id={`ho-asset-${id}`} label={t('desk.assetTag')} required errors={fieldErrors['notebook.assetTag']}
            value={assetTag} onChange={(e) => setAssetTag(e.target.value)} />
          <TextField id={`ho-storage-${id}`} label={t('desk.storage')} required errors={fieldErrors['notebook.storage']}
            value={storage} onChange={(e) => setStorage(e.target.value)} />
        </div>
      ) : null}
      <ChoiceGroup
        id={`ho-kit-${id}`}
        legend={t('desk.kitHandedOver')}
        type="checkbox"
        showRequirement={false}
        options={KIT_ITEMS.map((k) => ({ value: k, label: kitLabel(k, language) }))}
        value={handed}
        onChange={setHanded}
      />
      <Checkbox id={`ho-disinfected-${id}`} label={t('desk.disinfected')} checked={disinfected} onChange={(e) => setDisinfected(e.target.checked)} />
      <Checkbox id={`ho-checked-${id}`} label={t('desk.operationChecked')} checked={operationChecked} onChange={(e) => setOperationChecked(e.target.checked)} />
      <ChoiceGroup
        id={`ho-rules-${id}`}
        legend={t('desk.rules')}
        type="checkbox"
        required
        hint={t('desk.rulesHint')}
        options={USAGE_RULES.map((r) => ({ value: r, label: usageRuleLabel(r, language) }))}
        value={rules}
        onChange={setRules}
      />
      <div>
        <Button type="submit">{t('desk.handOverSubmit')}</Button>
      </div>
    </form>
  );
}

function ReturnForm({ reservation, kit, onDone }: { reservation: Reservation; kit: string[]; onDone(message: string): void }) {
  const { t, language } = useI18n();
  const [returned, setReturned] = useState<string[]>([]);
  const [notebookReturned, setNotebookReturned] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [damageNote, setDamageNote] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const id = reservation.id;
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      aria-label={t('desk.takeBack')}
      onSubmit={async (event) => {
        event.preventDefault();
        setFailure(null);
        try {
          const { data } = await api<{ incidentsOpened: unknown[] }>(`/api/v1/lending/reservations/${id}/return`, {
            method: 'POST',
            body: { kitReturned: returned, notebookReturned, notebookConfirmedByOwner: confirmed, damageNote: damageNote.trim() || null },
          });
          onDone(
            data.incidentsOpened.length
              ? t('desk.returnedWithIncidents', { count: data.incidentsOpened.length })
              : t('desk.returned'),
          );
        } catch (error) {
          setFailure(error);
        }
      }}
    >
      <ActionError error={failure} />
      <ChoiceGroup
        id={`rt-kit-${id}`}
        legend={t('desk.kitReturned')}
        type="checkbox"
        showRequirement={false}
        hint={t('desk.kitReturnedHint')}
        options={kit.map((k) => ({ value: k, label: kitLabel(k, language) }))}
        value={returned}
        onChange={setReturned}
      />
      <Checkbox id={`rt-notebook-${id}`} label={t('desk.notebookReturned')} checked={notebookReturned} onChange={(e) => setNotebookReturned(e.target.checked)} />
      <Checkbox id={`rt-confirmed-${id}`} label={t('desk.notebookConfirmed')} checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
      <TextArea id={`rt-damage-${id}`} label={t('desk.damageNote')} hint={t('desk.damageHint')} rows={2} value={damageNote} onChange={(e) => setDamageNote(e.target.value)} />
      <div>
        <Button type="submit">{t('desk.returnSubmit')}</Button>
      </div>
    </form>
  );
}

/** 貸出・返却: the desk's hand-over (貸出) and return (返却) checklists for the bookings of its site around today. */
export function DeskPage() {
  const { t, language, dateTime } = useI18n();
  const { session } = useSession();
  const { nameOf } = useDepartments();
  const site = session?.authenticated ? session.managedSite : null;
  const [round, setRound] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const from = new Date(Date.now() - 14 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const list = useAsync(
    (signal) => (site ? get<Reservation[]>(`/api/v1/lending/reservations${query({ site, from, to })}`, signal) : Promise.resolve([])),
    [site, round],
  );
  const devices = useAsync(
    (signal) => (site ? get<Device[]>(`/api/v1/lending/devices?site=${site}`, signal) : Promise.resolve([])),
    [site],
  );
  const device = (id: string) => devices.data?.find((d) => d.id === id);
  const toHandOver = (list.data ?? []).filter((r) => r.status === 'CONFIRMED');
  const out = (list.data ?? []).filter((r) => r.status === 'LENT' || r.status === 'OVERDUE');
  const finish = (message: string) => {
    setDone(message);
    setOpen(null);
    setRound((r) => r + 1);
  };
  const row = (r: Reservation, kind: 'hand-over' | 'return') => {
    const d = device(r.deviceId);
    const key = `${kind}-${r.id}`;
    return (
      <li key={key} className="rounded-8 border border-solid-gray-300 p-3">
        <p className="text-std-16B-170">
          {d?.label ?? ''} · {dateTime(r.start)} – {dateTime(r.end)}
        </p>
        <p className="text-dns-16N-130">
          <Tag tone={r.status === 'OVERDUE' ? 'error' : 'info'}>{reservationStatusLabel(r.status, language)}</Tag> {purposeLabel(r.purpose, language)}
          {r.borrower?.name ? ` · ${r.borrower.name}` : ''}
          {r.borrower?.department ? ` · ${nameOf(r.borrower.department)}` : ''}
        </p>
        {open === key ? (
          <div className="mt-3">
            {kind === 'hand-over' ? (
              <HandOverForm reservation={r} kit={d?.kit ?? KIT_ITEMS} onDone={() => finish(t('desk.handedOver'))} />
            ) : (
              <ReturnForm reservation={r} kit={d?.kit ?? KIT_ITEMS} onDone={finish} />
            )}
          </div>
        ) : (
          <Button size="sm" className="mt-2" aria-expanded={false} onClick={() => setOpen(key)}>
            {kind === 'hand-over' ? t('desk.handOver') : t('desk.takeBack')}
          </Button>
        )}
      </li>
    );
  };
  return (
    <>
      <PageTitle title={t('desk.title')}>{t('desk.title')}</PageTitle>
      {!site ? <Notice kind="warning" className="mt-4" title={t('desk.noSite')} /> : null}
      {done ? <Notice kind="success" live="status" className="mt-4" title={done} /> : null}
      {list.error ? <LoadError error={list.error} /> : null}
      {!list.data && list.loading ? <Loading /> : null}
      <Section title={t('desk.toHandOver')} id="to-hand-over">
        {list.data && toHandOver.length === 0 ? <p>{t('desk.noneToHandOver')}</p> : null}
        <ul className="flex flex-col gap-3">{toHandOver.map((r) => row(r, 'hand-over'))}</ul>
      </Section>
      <Section title={t('desk.out')} id="out">
        {list.data && out.length === 0 ? <p>{t('desk.noneOut')}</p> : null}
        <ul className="flex flex-col gap-3">{out.map((r) => row(r, 'return'))}</ul>
      </Section>
    </>
  );
}
