package org.madoguchi.lending.domain.model;

import java.time.Instant;
import java.util.Objects;

import org.madoguchi.platform.failure.DomainFailure;

/**
 * 事故: a device came back incomplete or damaged, was lost, or developed a fault. Missing
 * items, damage and loss need the borrower's written report (顛末書) before the incident closes.
 */
public record Incident(
        IncidentId id,
        DeviceId deviceId,
        SiteCode siteCode,
        ReservationId reservationId,
        Kind kind,
        String description,
        String reporter,
        Instant openedAt,
        String report,
        Instant reportSubmittedAt,
        Instant disabledAt,
        String disabledBy,
        Instant closedAt,
        String closedBy,
        String resolution) {

    /** What happened. */
    public enum Kind {
        MISSING_ITEMS, DAMAGE, LOSS, FAULT;

        /** Whether a written report by the borrower is due before the incident closes. */
        public boolean needsReport() {
            return this != FAULT;
        }
    }

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    public static Incident open(Device device, ReservationId reservationId, Kind kind, String description, String reporter,
                                Instant at) {
        return new Incident(IncidentId.random(), device.id(), device.siteCode(), reservationId, kind, description,
                reporter, at, null, null, null, null, null, null, null);
    }

    public boolean closed() {
        return closedAt != null;
    }

    public boolean reportRequired() {
        return kind.needsReport();
    }

    /** 顛末書: the borrower's written account. */
    public Incident submitReport(String text, Instant at) {
        requireOpen();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a report has text");
        }
        return new Incident(id, deviceId, siteCode, reservationId, kind, description, reporter, openedAt,
                text.strip(), at, disabledAt, disabledBy, closedAt, closedBy, resolution);
    }

    /** 無効措置: the desk disabled the lost device (remote wipe, account lock) at that time. */
    public Incident disabled(String by, Instant at) {
        requireOpen();
        if (kind != Kind.LOSS) {
            throw new IllegalStateException("only a lost device is disabled");
        }
        if (disabledAt != null) {
            throw new IllegalStateException("already disabled");
        }
        return new Incident(id, deviceId, siteCode, reservationId, kind, description, reporter, openedAt,
                report, reportSubmittedAt, at, by, closedAt, closedBy, resolution);
    }

    public Incident close(String by, Instant at, String resolutionNote) {
        requireOpen();
        if (reportRequired() && report == null) {
            throw new ReportMissing();
        }
        return new Incident(id, deviceId, siteCode, reservationId, kind, description, reporter, openedAt,
                report, reportSubmittedAt, disabledAt, disabledBy, at, by, resolutionNote);
    }

    private void requireOpen() {
        if (closed()) {
            throw new AlreadyClosed();
        }
    }

    /** The incident cannot close before the borrower's report is in. */
    public static final class ReportMissing extends DomainFailure {

        private static final long serialVersionUID = 1L;

        public ReportMissing() {
            super(DomainFailure.Kind.CONFLICT, "incident-report-missing");
        }
    }

    /** The incident is closed: nothing more is reported on it, and it does not close again. */
    public static final class AlreadyClosed extends DomainFailure {

        private static final long serialVersionUID = 1L;

        public AlreadyClosed() {
            super(DomainFailure.Kind.CONFLICT, "state-conflict");
        }
    }
}
