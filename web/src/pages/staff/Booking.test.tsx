import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Device, WeekCalendar } from '../../api/types';
import { I18nProvider } from '../../i18n/I18n';
import { json, mockFetch } from '../../test/render';
import { BookingForm, bookingRequest, draftOf } from './BookingForm';
import { BookingGrid, entryTime } from './BookingGrid';

const devices: Device[] = [
  { id: 'd1', number: '001', label: 'No.001', siteCode: 'honchosha', status: 'AVAILABLE', kit: ['MOBILE_PC'] },
  { id: 'd2', number: '002', label: 'No.002', siteCode: 'honchosha', status: 'AVAILABLE', kit: ['MOBILE_PC'] },
];

const calendar: WeekCalendar = {
  site: { code: 'honchosha', nameJa: '本庁舎', nameEn: 'Main building', managingDepartment: 'joho-seisaku', managingDepartmentJa: '情報政策課', devices: 2, available: 2 },
  days: ['2026-11-30', '2026-12-01'],
  devices: [
    {
      device: devices[0],
      days: [
        { day: '2026-11-30', bookings: [{ id: 'r1', start: '2026-11-30T00:00:00Z', end: '2026-11-30T03:00:00Z', status: 'CONFIRMED', department: 'kenko-kosodate' }], free: [{ start: '2026-11-30T03:00:00Z', end: '2026-11-30T08:15:00Z' }] },
        { day: '2026-12-01', bookings: [], free: [{ start: '2026-11-30T23:30:00Z', end: '2026-12-01T08:15:00Z' }] },
      ],
    },
    {
      device: devices[1],
      days: [
        { day: '2026-11-30', bookings: [{ id: 'm1', start: '2026-11-29T23:30:00Z', end: '2026-11-30T01:00:00Z', maintenance: 'WINDOWS_UPDATE' }], free: [] },
        { day: '2026-12-01', bookings: [], free: [] },
      ],
    },
  ],
};

describe('the booking week grid', () => {
  it('shows devices by day with their bookings in city time, and fills the form from a free slot', () => {
    const onPick = vi.fn();
    render(
      <I18nProvider initial="ja">
        <BookingGrid calendar={calendar} onPick={onPick} departmentName={(code) => (code === 'kenko-kosodate' ? '健康・子育て推進課' : code ?? '')} />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: '本庁舎 の予約状況（2026-11-30 〜 2026-12-01）' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['端末', '月11/30', '火12/01']);
    expect(within(rows[1]).getByRole('rowheader').textContent).toBe('No.001');
    expect(rows[1].textContent).toContain('9:00–12:00確定健康・子育て推進課');
    expect(rows[2].textContent).toContain('保守: Windows Update');

    fireEvent.click(screen.getByRole('button', { name: 'No.001 2026-11-30 12:00–17:15 の空きで予約する' }));
    expect(onPick).toHaveBeenCalledWith({ deviceId: 'd1', day: '2026-11-30', start: '2026-11-30T03:00:00Z', end: '2026-11-30T08:15:00Z' });
  });

  it('words a booking across days with its dates', () => {
    expect(entryTime({ start: '2026-11-30T00:00:00Z', end: '2026-12-02T08:00:00Z' }, '2026-12-01')).toBe('11/30 09:00–12/02 17:00');
  });
});

describe('the booking form', () => {
  it('sends the period as instants of the city clock, and a site instead of a device when none is chosen', () => {
    const draft = { ...draftOf(null), startDay: '2026-12-01', startTime: '09:00', endDay: '2026-12-01', endTime: '12:30' };
    expect(bookingRequest(draft, 'honchosha')).toEqual({
      deviceId: null,
      siteCode: 'honchosha',
      start: '2026-12-01T00:00:00.000Z',
      end: '2026-12-01T03:30:00.000Z',
      purpose: 'REMOTE_WORK',
      note: null,
    });
  });

  it('shows a clash as an alert naming the time of the booking that holds the device', async () => {
    const user = userEvent.setup();
    const calls = mockFetch({
      'POST /api/v1/lending/reservations': json(
        {
          type: 'https://madoguchi.org/problems/reservation-overlaps',
          title: 'この時間帯は既に予約されています',
          status: 409,
          detail: 'この端末は 2026/12/01 9:00〜2026/12/01 12:00 に別の予約があります。別の時間帯か別の端末を選んでください。',
        },
        409,
      ),
    });
    const onBooked = vi.fn();
    render(
      <I18nProvider initial="ja">
        <BookingForm siteCode="honchosha" devices={devices} slot={{ deviceId: 'd1', day: '2026-12-01', start: '2026-12-01T00:00:00Z', end: '2026-12-01T03:00:00Z' }} onBooked={onBooked} />
      </I18nProvider>,
    );
    expect(screen.getByLabelText('端末')).toHaveValue('d1');
    expect(screen.getByLabelText(/開始時刻/)).toHaveValue('09:00');
    await user.click(screen.getByRole('button', { name: '予約する' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('この時間帯は既に予約されています');
    expect(alert).toHaveTextContent('2026/12/01 9:00〜2026/12/01 12:00');
    expect(onBooked).not.toHaveBeenCalled();
    expect(calls[0].body).toMatchObject({ deviceId: 'd1', start: '2026-12-01T00:00:00.000Z', end: '2026-12-01T03:00:00.000Z' });
  });
});
