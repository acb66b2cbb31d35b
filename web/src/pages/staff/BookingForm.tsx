import { forwardRef, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { Device, Reservation } from '../../api/types';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Feedback';
import { ErrorSummary, SelectField, TextArea, TextField } from '../../components/Form';
import { cityClock, cityInstant, isoDay, today } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18n';
import { purposeLabel, PURPOSES, reservationStatusLabel } from '../../i18n/labels';
import type { Slot } from './BookingGrid';

export interface BookingDraft {
  deviceId: string;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  purpose: string;
  note: string;
}

export function draftOf(slot: Slot | null): BookingDraft {
  const day = slot?.day ?? today();
  return {
    deviceId: slot?.deviceId ?? '',
    startDay: slot ? isoDay(slot.start) : day,
    startTime: slot ? cityClock(slot.start) : '09:00',
    endDay: slot ? isoDay(slot.end) : day,
    endTime: slot ? cityClock(slot.end) : '12:00',
    purpose: 'REMOTE_WORK',
    note: '',
  };
}

/** The API's body of a booking: a device or the site (first free device), the period as instants. */
export function bookingRequest(draft: BookingDraft, siteCode: string) {
  return {
    deviceId: draft.deviceId || null,
    siteCode: draft.deviceId ? null : siteCode,
    start: new Date(cityInstant(draft.startDay, draft.startTime)).toISOString(),
    end: new Date(cityInstant(draft.endDay, draft.endTime)).toISOString(),
    purpose: draft.purpose,
    note: draft.note.trim() || null,
  };
}

const FIELD_IDS: Record<string, string> = {
  deviceId: 'booking-device',
  siteCode: 'booking-device',
  start: 'booking-start-day',
  end: 'booking-end-day',
  purpose: 'booking-purpose',
  note: 'booking-note',
};

/**
 * The booking form under the week grid. A booking that clashes with another is refused by the service with a 409
 * whose detail names the booking that holds the time; the form shows it at its top and announces it.
 */
export const BookingForm = forwardRef<HTMLFormElement, {
  siteCode: string;
  devices: Device[];
  slot: Slot | null;
  onBooked(reservation: Reservation): void;
}>(function BookingForm({ siteCode, devices, slot, onBooked }, ref) {
  const { t, language, dateTime } = useI18n();
  const [draft, setDraft] = useState<BookingDraft>(() => draftOf(slot));
  const [failure, setFailure] = useState<unknown>(null);
  const [booked, setBooked] = useState<Reservation | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    setDraft((d) => ({ ...draftOf(slot), purpose: d.purpose, note: d.note }));
    setFailure(null);
  }, [slot]);

  const problem = failure instanceof ApiError ? failure.problem : null;
  const fieldErrors = failure instanceof ApiError ? failure.fieldErrors : {};
  const errorsOf = (...names: string[]) => names.flatMap((n) => fieldErrors[n] ?? []);
  const conflict = failure instanceof ApiError && failure.status === 409;
  const labels: Record<string, string> = {
    deviceId: t('lending.device'),
    siteCode: t('lending.device'),
    start: t('lending.start'),
    end: t('lending.end'),
    purpose: t('lending.purpose'),
    note: t('lending.note'),
  };
  const items = Object.entries(fieldErrors).map(([field, messages]) => ({
    id: FIELD_IDS[field] ?? 'booking-device',
    label: labels[field] ?? field,
    messages,
  }));
  const deviceLabel = (id: string) => devices.find((d) => d.id === id)?.label ?? '';

  return (
    <form
      ref={ref}
      noValidate
      aria-labelledby="booking-form-title"
      className="flex flex-col gap-4 rounded-8 border border-solid-gray-300 p-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setSending(true);
        setFailure(null);
        setBooked(null);
        try {
          const { data } = await api<Reservation>('/api/v1/lending/reservations', {
            method: 'POST',
            body: bookingRequest(draft, siteCode),
          });
          setBooked(data);
          onBooked(data);
        } catch (error) {
          setFailure(error);
        } finally {
          setSending(false);
        }
      }}
    >
      <h2 id="booking-form-title" className="text-std-22B-150">
        {t('lending.book')}
      </h2>
      {conflict ? (
        <div role="alert" className="rounded-8 border-2 border-l-8 border-error-2 bg-red-50 px-4 py-3" data-testid="booking-conflict">
          <p className="text-std-17B-170 text-error-2">{problem?.title ?? t('lending.conflict')}</p>
          {problem?.detail ? <p className="text-std-16N-170">{problem.detail}</p> : null}
        </div>
      ) : items.length ? (
        <ErrorSummary title={problem?.title ?? t('form.errorTitle')} detail={problem?.detail} items={items} />
      ) : failure ? (
        <div role="alert" className="rounded-8 border-2 border-l-8 border-error-2 bg-red-50 px-4 py-3">
          <p className="text-std-17B-170 text-error-2">{problem?.title ?? t('common.actionFailed')}</p>
          {problem?.detail ? <p className="text-std-16N-170">{problem.detail}</p> : null}
        </div>
      ) : null}
      {booked ? (
        <Notice kind="success" live="status" title={t('lending.booked')}>
          <p>
            {t('lending.bookedDetail', {
              device: deviceLabel(booked.deviceId),
              from: dateTime(booked.start),
              to: dateTime(booked.end),
              status: reservationStatusLabel(booked.status, language),
            })}
          </p>
        </Notice>
      ) : null}
      <SelectField
        id="booking-device"
        label={t('lending.device')}
        showRequirement={false}
        value={draft.deviceId}
        errors={errorsOf('deviceId', 'siteCode')}
        onChange={(e) => setDraft({ ...draft, deviceId: e.target.value })}
      >
        <option value="">{t('lending.anyDevice')}</option>
        {devices.map((device) => (
          <option key={device.id} value={device.id}>
            {device.label}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          id="booking-start-day"
          type="date"
          label={t('lending.startDay')}
          required
          value={draft.startDay}
          errors={errorsOf('start')}
          onChange={(e) => setDraft({ ...draft, startDay: e.target.value, endDay: draft.endDay < e.target.value ? e.target.value : draft.endDay })}
        />
        <TextField
          id="booking-start-time"
          type="time"
          step={900}
          label={t('lending.startTime')}
          required
          value={draft.startTime}
          onChange={(e) => setDraft({ ...draft, startTime: e.target.value })}
        />
        <TextField
          id="booking-end-day"
          type="date"
          label={t('lending.endDay')}
          required
          value={draft.endDay}
          errors={errorsOf('end')}
          onChange={(e) => setDraft({ ...draft, endDay: e.target.value })}
        />
        <TextField
          id="booking-end-time"
          type="time"
          step={900}
          label={t('lending.endTime')}
          required
          value={draft.endTime}
          onChange={(e) => setDraft({ ...draft, endTime: e.target.value })}
        />
      </div>
      <p className="text-dns-14N-130 text-solid-gray-700">{t('lending.approvalHint')}</p>
      <SelectField
        id="booking-purpose"
        label={t('lending.purpose')}
        required
        value={draft.purpose}
        errors={errorsOf('purpose')}
        onChange={(e) => setDraft({ ...draft, purpose: e.target.value })}
      >
        {PURPOSES.map((p) => (
          <option key={p} value={p}>
            {purposeLabel(p, language)}
          </option>
        ))}
      </SelectField>
      <TextArea
        id="booking-note"
        label={t('lending.note')}
        rows={2}
        value={draft.note}
        errors={errorsOf('note')}
        onChange={(e) => setDraft({ ...draft, note: e.target.value })}
      />
      <div>
        <Button type="submit" disabled={sending}>
          {t('lending.bookSubmit')}
        </Button>
      </div>
    </form>
  );
});
