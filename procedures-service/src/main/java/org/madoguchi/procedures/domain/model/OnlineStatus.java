package org.madoguchi.procedures.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.madoguchi.platform.failure.InvalidInput;

/**
 * Where a procedure stands on its way online: in no plan, planned for a fiscal year, completed as an
 * e-application, revised (will not go online, with a reason), or abolished.
 */
public sealed interface OnlineStatus {

    StatusKind kind();

    /** The fiscal year whose plan this status belongs to, if any. */
    Optional<FiscalYear> plannedFor();

    /** The day this status took effect: the stated day for a completion or abolition, else the day it was recorded. */
    default LocalDate effectiveOn(LocalDate recordedOn) {
        return recordedOn;
    }

    /** Whether citizens can do the procedure online in this status. */
    default boolean isOnline() {
        return kind() == StatusKind.COMPLETED;
    }

    /** 未計画: registered, in no plan yet. */
    record NotPlanned() implements OnlineStatus {

        @Override
        public StatusKind kind() {
            return StatusKind.NOT_PLANNED;
        }

        @Override
        public Optional<FiscalYear> plannedFor() {
            return Optional.empty();
        }
    }

    /** 計画: planned to go online in a fiscal year. */
    record Planned(FiscalYear fiscalYear) implements OnlineStatus {

        public Planned {
            Objects.requireNonNull(fiscalYear, "fiscalYear");
        }

        @Override
        public StatusKind kind() {
            return StatusKind.PLANNED;
        }

        @Override
        public Optional<FiscalYear> plannedFor() {
            return Optional.of(fiscalYear);
        }
    }

    /**
     * 完了: available as an e-application.
     *
     * @param on        the day it went online
     * @param fiscalYear the plan it completed; {@code null} for a procedure that was online without a plan
     * @param form      the form citizens use; {@code null} when not recorded
     */
    record Completed(LocalDate on, FiscalYear fiscalYear, FormId form) implements OnlineStatus {

        public Completed {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public StatusKind kind() {
            return StatusKind.COMPLETED;
        }

        @Override
        public Optional<FiscalYear> plannedFor() {
            return Optional.ofNullable(fiscalYear);
        }

        @Override
        public LocalDate effectiveOn(LocalDate recordedOn) {
            return on;
        }
    }

    /**
     * 対応見直し: the plan was revised; the procedure will not go online.
     *
     * @param fiscalYear the plan that was revised
     * @param reason     why
     * @param note       free text; required with {@link RevisionReason#OTHER}
     */
    record Revised(FiscalYear fiscalYear, RevisionReason reason, String note) implements OnlineStatus {

        public Revised {
            Objects.requireNonNull(fiscalYear, "fiscalYear");
            InvalidInput.Collector errors = new InvalidInput.Collector();
            if (reason == null) {
                errors.add("reason", "not-blank");
            }
            note = Text.optional(errors, "note", note, 1000);
            if (reason == RevisionReason.OTHER && note == null) {
                errors.add("note", "revision-note-required");
            }
            errors.throwIfAny();
        }

        @Override
        public StatusKind kind() {
            return StatusKind.REVISED;
        }

        @Override
        public Optional<FiscalYear> plannedFor() {
            return Optional.of(fiscalYear);
        }
    }

    /**
     * 廃止: the procedure was abolished or withdrawn.
     *
     * @param on   the day it ended
     * @param note why, optional
     */
    record Abolished(LocalDate on, String note) implements OnlineStatus {

        public Abolished {
            Objects.requireNonNull(on, "on");
            InvalidInput.Collector errors = new InvalidInput.Collector();
            note = Text.optional(errors, "note", note, 1000);
            errors.throwIfAny();
        }

        @Override
        public StatusKind kind() {
            return StatusKind.ABOLISHED;
        }

        @Override
        public Optional<FiscalYear> plannedFor() {
            return Optional.empty();
        }

        @Override
        public LocalDate effectiveOn(LocalDate recordedOn) {
            return on;
        }
    }
}
