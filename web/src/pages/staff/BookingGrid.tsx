import type { CalendarEntry, WeekCalendar } from '../../api/types';
import { cityClock, isoDay, today, weekday } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18n';
import { maintenanceLabel, reservationStatusLabel } from '../../i18n/labels';

export interface Slot {
  deviceId: string;
  day: string;
  start: string;
  end: string;
}

const entryStyles: Record<string, string> = {
  PENDING: 'border-warning-yellow-2 bg-yellow-50',
  CONFIRMED: 'border-blue-900 bg-blue-50',
  LENT: 'border-green-900 bg-green-50',
  OVERDUE: 'border-error-2 bg-red-50',
};

/** The times of an entry as the city's clock shows them on that day: 9:00–12:00, or with days when it spans more. */
export function entryTime(entry: { start: string; end: string }, day: string): string {
  const startDay = isoDay(entry.start);
  const endDay = isoDay(entry.end);
  const start = startDay === day ? cityClock(entry.start) : `${startDay.slice(5).replace('-', '/')} ${cityClock(entry.start)}`;
  const end = endDay === day ? cityClock(entry.end) : `${endDay.slice(5).replace('-', '/')} ${cityClock(entry.end)}`;
  return `${start}–${end}`;
}

function Entry({ entry, day, departmentName }: { entry: CalendarEntry; day: string; departmentName(code?: string): string }) {
  const { language, t } = useI18n();
  if (entry.maintenance) {
    return (
      <li className="rounded-4 border border-solid-gray-600 bg-solid-gray-100 px-2 py-1">
        <span className="block text-dns-14B-130">{entryTime(entry, day)}</span>
        <span className="block text-dns-14N-130">
          {t('lending.maintenance')}: {maintenanceLabel(entry.maintenance, language)}
        </span>
      </li>
    );
  }
  return (
    <li className={`rounded-4 border px-2 py-1 ${entryStyles[entry.status ?? ''] ?? 'border-solid-gray-600 bg-white'}`}>
      <span className="block text-dns-14B-130">{entryTime(entry, day)}</span>
      <span className="block text-dns-14N-130">{reservationStatusLabel(entry.status ?? '', language)}</span>
      {entry.department ? <span className="block text-dns-14N-130">{departmentName(entry.department)}</span> : null}
      {entry.borrowerName ? <span className="block text-dns-14N-130">{entry.borrowerName}</span> : null}
    </li>
  );
}

/**
 * The week grid of a site, as the booking screen of the source documents shows it: one row per device, one column
 * per day, each cell with its bookings and the free slots within desk hours, each free slot a button that fills
 * the booking form.
 */
export function BookingGrid({
  calendar,
  onPick,
  departmentName,
}: {
  calendar: WeekCalendar;
  onPick(slot: Slot): void;
  departmentName(code?: string): string;
}) {
  const { t, pick, language } = useI18n();
  const now = today();
  const caption = t('lending.gridCaption', {
    site: pick(calendar.site.nameJa, calendar.site.nameEn),
    from: calendar.days[0] ?? '',
    to: calendar.days[calendar.days.length - 1] ?? '',
  });
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="booking-grid-caption">
      <table className="min-w-[56rem] border-collapse text-left" id="booking-grid">
        <caption id="booking-grid-caption" className="mb-2 text-left text-std-17B-170">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 border border-solid-gray-300 bg-solid-gray-50 px-2 py-2 text-dns-16B-130">
              {t('lending.device')}
            </th>
            {calendar.days.map((day) => (
              <th
                key={day}
                scope="col"
                className={`border border-solid-gray-300 px-2 py-2 text-dns-16B-130 ${day === now ? 'bg-blue-100' : 'bg-solid-gray-50'}`}
              >
                <span className="block">{weekday(day, language)}</span>
                <span className="block">{day.slice(5).replace('-', '/')}</span>
                {day === now ? <span className="block text-dns-14N-130">{t('lending.today')}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendar.devices.map((row) => (
            <tr key={row.device.id}>
              <th scope="row" className="sticky left-0 z-10 border border-solid-gray-300 bg-white px-2 py-2 align-top text-dns-16B-130">
                {row.device.label}
              </th>
              {row.days.map((cell) => (
                <td key={cell.day} className="w-32 border border-solid-gray-300 px-1 py-1 align-top">
                  <ul className="flex flex-col gap-1">
                    {cell.bookings.map((entry) => (
                      <Entry key={entry.id} entry={entry} day={cell.day} departmentName={departmentName} />
                    ))}
                    {cell.free.map((slot) => (
                      <li key={slot.start}>
                        <button
                          type="button"
                          className="w-full rounded-4 border border-dashed border-blue-900 px-2 py-1 text-left text-dns-14N-130 text-blue-900 hover:bg-blue-50"
                          aria-label={t('lending.freeSlotLabel', {
                            device: row.device.label,
                            day: cell.day,
                            time: entryTime(slot, cell.day),
                          })}
                          onClick={() =>
                            onPick({ deviceId: row.device.id, day: cell.day, start: slot.start, end: slot.end })
                          }
                        >
                          {t('lending.free')} {entryTime(slot, cell.day)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
