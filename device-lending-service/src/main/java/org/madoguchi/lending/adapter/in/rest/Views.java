package org.madoguchi.lending.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.madoguchi.lending.application.port.in.LendingQueries;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DisasterDeclaration;
import org.madoguchi.lending.domain.model.Identifier;
import org.madoguchi.lending.domain.model.Incident;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The response bodies of the lending API. */
final class Views {

    private Views() {
    }

    private static UUID uuid(Identifier id) {
        return id == null ? null : id.value();
    }

    record SiteView(String code, String nameJa, String nameEn, String managingDepartment, String managingDepartmentJa,
                    Integer devices, Integer available) {
        static SiteView of(Site s, Integer devices, Integer available) {
            return new SiteView(s.code().value(), s.nameJa(), s.nameEn(), s.managingDepartment(), s.managingDepartmentJa(), devices, available);
        }
    }

    record DeviceView(UUID id, String number, String label, String siteCode, String status, Set<KitItem> kit) {
        static DeviceView of(Device d) {
            return new DeviceView(d.id().value(), d.number().value(), d.number().label(), d.siteCode().value(),
                    d.status().name(), d.kit());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PeriodView(Instant start, Instant end) {
        static PeriodView of(Period p) {
            return new PeriodView(p.start(), p.end());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BorrowerView(String subject, String name, String department) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReservationView(UUID id, UUID deviceId, String siteCode, Instant start, Instant end, String purpose, String note,
                           String status, boolean needsApproval, boolean disasterResponse, BorrowerView borrower,
                           Instant requestedAt, String decidedBy, Instant decidedAt, String decisionComment,
                           Instant cancelledAt, String cancellationReason) {
        /** The borrower's subject and name show to the borrower and the site's desk only. */
        static ReservationView of(Reservation r, Actor viewer) {
            boolean personal = viewer.subject().equals(r.borrower().subject()) || viewer.runsDeskOf(r.siteCode());
            BorrowerView borrower = new BorrowerView(personal ? r.borrower().subject() : null,
                    personal ? r.borrower().name() : null, r.borrower().department());
            return new ReservationView(r.id().value(), r.deviceId().value(), r.siteCode().value(), r.period().start(),
                    r.period().end(),
                    r.purpose().name(), personal ? r.note() : null, r.status().name(), r.needsApproval(), r.disasterResponse(),
                    borrower, r.requestedAt(),
                    r.decision() == null ? null : r.decision().by(), r.decision() == null ? null : r.decision().at(),
                    r.decision() == null ? null : r.decision().comment(),
                    r.cancellation() == null ? null : r.cancellation().at(),
                    r.cancellation() == null ? null : r.cancellation().reason().name());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LendingView(UUID reservationId, UUID deviceId, String siteCode, BorrowerView borrower, Instant handedOverAt,
                       String handedOverBy, String notebookArrangement, String notebookAssetTag, String notebookStorage,
                       Set<KitItem> kitHandedOver, boolean disinfected, boolean operationChecked, Instant returnedAt,
                       String receivedBy, Set<KitItem> missingItems, Boolean notebookReturned, Boolean notebookConfirmedByOwner,
                       String damageNote) {
        static LendingView of(Lending l) {
            Lending.ReturnCheck r = l.returnCheck();
            return new LendingView(l.reservationId().value(), l.deviceId().value(), l.siteCode().value(),
                    new BorrowerView(l.borrower().subject(), l.borrower().name(), l.borrower().department()),
                    l.handedOverAt(), l.handedOverBy(), l.notebook().arrangement().name(), l.notebook().assetTag(),
                    l.notebook().storage(), l.kitHandedOver(), l.disinfected(), l.operationChecked(),
                    r == null ? null : r.returnedAt(), r == null ? null : r.receivedBy(), r == null ? null : r.missingItems(),
                    r == null ? null : r.notebookReturned(), r == null ? null : r.notebookConfirmedByOwner(),
                    r == null ? null : r.damageNote());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IncidentView(UUID id, UUID deviceId, String siteCode, UUID reservationId, String kind, String description,
                        String reporter, Instant openedAt, boolean reportRequired, String report, Instant reportSubmittedAt,
                        Instant disabledAt, String disabledBy, Instant closedAt, String closedBy, String resolution) {
        static IncidentView of(Incident i) {
            return new IncidentView(i.id().value(), i.deviceId().value(), i.siteCode().value(), uuid(i.reservationId()),
                    i.kind().name(), i.description(),
                    i.reporter(), i.openedAt(), i.reportRequired(), i.report(), i.reportSubmittedAt(), i.disabledAt(),
                    i.disabledBy(), i.closedAt(), i.closedBy(), i.resolution());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MaintenanceView(UUID id, UUID deviceId, String kind, Instant start, Instant end, String note, String loggedBy) {
        static MaintenanceView of(MaintenanceWindow m) {
            return new MaintenanceView(m.id().value(), m.deviceId().value(), m.kind().name(), m.period().start(), m.period().end(), m.note(),
                    m.loggedBy());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DisasterView(UUID id, boolean allSites, Set<String> siteCodes, Instant effectiveFrom, String reason,
                        String declaredBy, Instant declaredAt, Instant liftedAt, Integer bookingsCancelled, Integer devicesRecalled) {
        static DisasterView of(DisasterDeclaration d, Integer cancelled, Integer recalled) {
            return new DisasterView(d.id().value(), d.allSites(),
                    d.siteCodes().stream().map(SiteCode::value).collect(Collectors.toSet()), d.effectiveFrom(), d.reason(), d.declaredBy(),
                    d.declaredAt(), d.liftedAt(), cancelled, recalled);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CalendarEntryView(UUID id, Instant start, Instant end, String status, String purpose, String department,
                             String borrowerName, String maintenance) {
        static CalendarEntryView of(LendingQueries.CalendarEntry e) {
            return new CalendarEntryView(e.id().value(), e.period().start(), e.period().end(),
                    e.status() == null ? null : e.status().name(), e.purpose() == null ? null : e.purpose().name(),
                    e.department(), e.borrowerName(), e.maintenance() == null ? null : e.maintenance().name());
        }
    }

    record DayView(LocalDate day, List<CalendarEntryView> bookings, List<PeriodView> free) {
    }

    record DeviceWeekView(DeviceView device, List<DayView> days) {
    }

    record WeekView(SiteView site, List<LocalDate> days, List<DeviceWeekView> devices) {
        static WeekView of(LendingQueries.WeekCalendar week) {
            return new WeekView(SiteView.of(week.site(), null, null), week.days(), week.rows().stream()
                    .map(row -> new DeviceWeekView(DeviceView.of(row.device()), row.days().stream()
                            .map(cell -> new DayView(cell.day(),
                                    cell.entries().stream().map(CalendarEntryView::of).toList(),
                                    cell.freeSlots().stream().map(PeriodView::of).toList()))
                            .toList()))
                    .toList());
        }
    }

    record UtilisationView(DeviceView device, int lendings, long lentMinutes, double share) {
        static UtilisationView of(LendingQueries.Utilisation u) {
            return new UtilisationView(DeviceView.of(u.device()), u.lendings(), u.lentTime().toMinutes(),
                    Math.round(u.share() * 10_000) / 10_000.0);
        }
    }
}
