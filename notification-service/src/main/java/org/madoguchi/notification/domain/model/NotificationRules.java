package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is told what when something happens elsewhere, and which reminders that schedules or drops. The
 * urgent kinds (a lost device, disaster mode) are decided by {@link NotificationKind}; this class decides the
 * addressees and the facts each template words.
 */
public final class NotificationRules {

    private static final Set<NotificationKind> BOOKING_REMINDERS =
            EnumSet.of(NotificationKind.RETURN_REMINDER, NotificationKind.HAND_OVER_TODAY);

    private final ReminderPolicy policy;

    public NotificationRules(ReminderPolicy policy) {
        this.policy = policy;
    }

    /** The notices an occurrence gives rise to; none for what concerns nobody (a device returned). */
    public List<Notice> noticesFor(Occurrence occurrence) {
        if (occurrence instanceof Occurrence.ApplicationSubmitted e) {
            return e.application().applicant()
                    .map(applicant -> List.of(new Notice(new Addressee.Person(applicant),
                            NotificationKind.APPLICATION_RECEIVED, applicationFacts(e.application()).build())))
                    .orElse(List.of());
        }
        if (occurrence instanceof Occurrence.ApplicationStatusChanged e) {
            NotificationKind kind = e.returnedForCorrection() ? NotificationKind.APPLICATION_RETURNED
                    : NotificationKind.APPLICATION_STATUS_CHANGED;
            return e.application().applicant()
                    .map(applicant -> List.of(new Notice(new Addressee.Person(applicant), kind,
                            applicationFacts(e.application())
                                    .put("from", ApplicationStatus.labelOf(e.from()))
                                    .put("to", ApplicationStatus.labelOf(e.to()))
                                    .put("reason", e.reason()).build())))
                    .orElse(List.of());
        }
        if (occurrence instanceof Occurrence.ApplicationWithdrawn e) {
            return List.of(new Notice(new Addressee.DepartmentStaff(e.application().departmentCode()),
                    NotificationKind.APPLICATION_WITHDRAWN, applicationFacts(e.application()).build()));
        }
        if (occurrence instanceof Occurrence.BookingRequested e) {
            Booking b = e.booking();
            if (b.pending()) {
                return List.of(new Notice(new Addressee.SiteDesk(b.siteCode()),
                        NotificationKind.RESERVATION_AWAITING_APPROVAL, bookingFacts(b).build()));
            }
            return List.of(new Notice(borrower(b), NotificationKind.RESERVATION_CONFIRMED, bookingFacts(b).build()));
        }
        if (occurrence instanceof Occurrence.BookingApproved e) {
            return List.of(new Notice(borrower(e.booking()), NotificationKind.RESERVATION_APPROVED,
                    bookingFacts(e.booking()).put("comment", e.comment()).build()));
        }
        if (occurrence instanceof Occurrence.BookingDeclined e) {
            return List.of(new Notice(borrower(e.booking()), NotificationKind.RESERVATION_DECLINED,
                    bookingFacts(e.booking()).put("comment", e.comment()).build()));
        }
        if (occurrence instanceof Occurrence.BookingCancelled e) {
            if (e.preempted()) {
                return List.of(new Notice(borrower(e.booking()), NotificationKind.RESERVATION_PREEMPTED,
                        bookingFacts(e.booking()).build()));
            }
            if ("BY_LENDING_DESK".equals(e.reason())) {
                return List.of(new Notice(borrower(e.booking()), NotificationKind.RESERVATION_CANCELLED,
                        bookingFacts(e.booking()).build()));
            }
            return List.of();
        }
        if (occurrence instanceof Occurrence.BookingOverdue e) {
            Map<String, Object> facts = bookingFacts(e.booking()).build();
            return List.of(new Notice(borrower(e.booking()), NotificationKind.RESERVATION_OVERDUE, facts),
                    new Notice(new Addressee.SiteDesk(e.booking().siteCode()), NotificationKind.RESERVATION_OVERDUE, facts));
        }
        if (occurrence instanceof Occurrence.DeviceRecalled e) {
            return List.of(new Notice(new Addressee.Person(e.borrower()), NotificationKind.DEVICE_RECALLED,
                    new Facts().put("reservationId", e.reservationId()).put("deviceNumber", e.deviceNumber())
                            .put("siteCode", e.siteCode()).put("dueBack", e.dueBack()).build()));
        }
        if (occurrence instanceof Occurrence.DeviceReportedLost e) {
            Map<String, Object> facts = new Facts().put("deviceNumber", e.deviceNumber()).put("siteCode", e.siteCode())
                    .put("incidentId", e.incidentId()).put("reportedAt", e.at()).build();
            return List.of(new Notice(new Addressee.SiteDesk(e.siteCode()), NotificationKind.DEVICE_LOST, facts),
                    new Notice(new Addressee.InformationPolicy(), NotificationKind.DEVICE_LOST, facts));
        }
        if (occurrence instanceof Occurrence.IncidentOpened e) {
            if (!e.reportRequired() || e.borrower() == null) {
                return List.of();
            }
            return List.of(new Notice(new Addressee.Person(e.borrower()), NotificationKind.INCIDENT_REPORT_REQUIRED,
                    new Facts().put("incidentId", e.incidentId()).put("deviceNumber", e.deviceNumber())
                            .put("siteCode", e.siteCode()).put("incident", IncidentKind.labelOf(e.incidentKind()))
                            .build()));
        }
        if (occurrence instanceof Occurrence.FormPublished e) {
            return List.of(new Notice(new Addressee.DepartmentStaff(e.departmentCode()), NotificationKind.FORM_PUBLISHED,
                    new Facts().put("formId", e.formId()).put("version", e.version())
                            .put("title", e.title()).put("titleEn", e.titleEn() == null ? e.title() : e.titleEn())
                            .put("publicUrl", e.publicUrl()).build()));
        }
        return List.of();
    }

    /** The notice a due reminder gives. */
    public Notice noticeFor(Reminder reminder) {
        Booking booking = reminder.booking();
        Addressee to = reminder.kind() == NotificationKind.HAND_OVER_TODAY ? new Addressee.SiteDesk(booking.siteCode())
                : borrower(booking);
        return new Notice(to, reminder.kind(), bookingFacts(booking).build());
    }

    /** The reminders an occurrence schedules (a booking that stands) or drops (one returned or cancelled). */
    public ReminderPlan remindersFor(Occurrence occurrence) {
        if (occurrence instanceof Occurrence.BookingRequested e && e.booking().confirmed()) {
            return schedule(e.booking(), e.at());
        }
        if (occurrence instanceof Occurrence.BookingApproved e) {
            return schedule(e.booking(), e.at());
        }
        if (occurrence instanceof Occurrence.BookingCancelled e) {
            return ReminderPlan.drop(e.booking().reservationId(), BOOKING_REMINDERS);
        }
        if (occurrence instanceof Occurrence.BookingDeclined e) {
            return ReminderPlan.drop(e.booking().reservationId(), BOOKING_REMINDERS);
        }
        if (occurrence instanceof Occurrence.DeviceHandedOver e) {
            return ReminderPlan.drop(e.reservationId(), EnumSet.of(NotificationKind.HAND_OVER_TODAY));
        }
        if (occurrence instanceof Occurrence.DeviceReturned e) {
            return ReminderPlan.drop(e.reservationId(), BOOKING_REMINDERS);
        }
        return ReminderPlan.none();
    }

    private ReminderPlan schedule(Booking booking, Instant now) {
        List<Reminder> reminders = new ArrayList<>();
        Instant returnDue = booking.end().minus(policy.returnLead());
        if (returnDue.isAfter(now)) {
            reminders.add(Reminder.schedule(NotificationKind.RETURN_REMINDER, booking, returnDue));
        }
        Instant morning = booking.start().atZone(policy.zone()).toLocalDate().atTime(policy.deskMorning())
                .atZone(policy.zone()).toInstant();
        if (morning.isAfter(now) && morning.isBefore(booking.end())) {
            reminders.add(Reminder.schedule(NotificationKind.HAND_OVER_TODAY, booking, morning));
        }
        return new ReminderPlan(reminders, null, Set.of());
    }

    private static Addressee borrower(Booking booking) {
        return new Addressee.Person(booking.borrower());
    }

    private static Facts applicationFacts(Occurrence.Application a) {
        return new Facts().put("applicationId", a.applicationId()).put("receiptNumber", a.receiptNumber())
                .put("formTitle", a.formTitle()).put("formTitleEn", a.formTitleEn() == null ? a.formTitle() : a.formTitleEn())
                .put("departmentCode", a.departmentCode()).put("dueDate", a.dueDate());
    }

    private static Facts bookingFacts(Booking b) {
        return new Facts().put("reservationId", b.reservationId()).put("deviceNumber", b.deviceNumber())
                .put("siteCode", b.siteCode()).put("start", b.start()).put("end", b.end())
                .put("purpose", Purpose.labelOf(b.purpose()));
    }

    /** Facts in the order they are put; a fact without a value is left out. */
    private static final class Facts {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Facts put(String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        Map<String, Object> build() {
            return values;
        }
    }
}
