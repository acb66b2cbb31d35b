package org.madoguchi.notification.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Something another context reported that may concern people: read from its event, with the facts the
 * notification rules need and nothing personal beyond account subjects.
 */
public sealed interface Occurrence {

    /** When it happened. */
    Instant at();

    /** The application (申請) an applications event is about. */
    record Application(String applicationId, String receiptNumber, String formTitle, String formTitleEn,
                       String departmentCode, Optional<String> applicant, LocalDate dueDate) {
        public Application {
            applicant = applicant == null ? Optional.empty() : applicant;
        }
    }

    /** 受付: an application was submitted and got its receipt number. */
    record ApplicationSubmitted(Application application, Instant at) implements Occurrence {
    }

    /** The department moved an application on; {@code reason} is the comment when returned or rejected. */
    record ApplicationStatusChanged(Application application, String from, String to, String reason, Instant at)
            implements Occurrence {
        /** 差戻し: returned to the applicant for correction. */
        public boolean returnedForCorrection() {
            return "RETURNED".equals(to);
        }
    }

    /** 取下げ: the applicant withdrew it. */
    record ApplicationWithdrawn(Application application, Instant at) implements Occurrence {
    }

    record BookingRequested(Booking booking, Instant at) implements Occurrence {
    }

    record BookingApproved(Booking booking, String comment, Instant at) implements Occurrence {
    }

    record BookingDeclined(Booking booking, String comment, Instant at) implements Occurrence {
    }

    /** A booking was cancelled; {@code reason} is BY_BORROWER, BY_LENDING_DESK or DISASTER_PREEMPTION. */
    record BookingCancelled(Booking booking, String reason, Instant at) implements Occurrence {
        public boolean preempted() {
            return "DISASTER_PREEMPTION".equals(reason);
        }
    }

    record BookingOverdue(Booking booking, Instant at) implements Occurrence {
    }

    /** 貸出: the desk handed the device over; it is due back at {@code dueBack}. */
    record DeviceHandedOver(String reservationId, String deviceNumber, String siteCode, String borrower,
                            Instant dueBack, Instant at) implements Occurrence {
    }

    /** 返却: the device is back. */
    record DeviceReturned(String reservationId, String deviceNumber, String siteCode, String borrower, Instant at)
            implements Occurrence {
    }

    /** Disaster mode recalls a device that is out. */
    record DeviceRecalled(String reservationId, String deviceNumber, String siteCode, String borrower,
                          Instant dueBack, Instant at) implements Occurrence {
    }

    /** 紛失: a device was reported lost; its desk must disable it. */
    record DeviceReportedLost(String deviceNumber, String siteCode, String incidentId, Instant at)
            implements Occurrence {
    }

    /** An incident was opened; where {@code reportRequired} the borrower owes a written report (顛末書). */
    record IncidentOpened(String incidentId, String deviceNumber, String siteCode, String incidentKind,
                          String borrower, boolean reportRequired, Instant at) implements Occurrence {
    }

    /** A form (様式) became the one citizens answer. */
    record FormPublished(String formId, int version, String departmentCode, String title, String titleEn,
                         String publicUrl, Instant at) implements Occurrence {
    }
}
