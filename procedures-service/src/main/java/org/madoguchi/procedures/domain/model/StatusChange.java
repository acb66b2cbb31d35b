package org.madoguchi.procedures.domain.model;

import java.time.LocalDate;

import org.madoguchi.platform.failure.InvalidInput;

/** What staff ask to happen to a procedure's online-ization status; {@link Procedure#changeStatus} applies the rules. */
public sealed interface StatusChange {

    /** The kind of status this change leads to. */
    StatusKind target();

    /** Plan (or postpone) going online in a fiscal year. */
    record Plan(FiscalYear fiscalYear) implements StatusChange {

        public Plan {
            if (fiscalYear == null) {
                throw InvalidInput.of("fiscalYear", "not-blank");
            }
        }

        @Override
        public StatusKind target() {
            return StatusKind.PLANNED;
        }
    }

    /** It went online on a day, optionally through a known form. */
    record Complete(LocalDate on, FormId form) implements StatusChange {

        public Complete {
            if (on == null) {
                throw InvalidInput.of("completedOn", "not-blank");
            }
        }

        @Override
        public StatusKind target() {
            return StatusKind.COMPLETED;
        }
    }

    /** The plan is revised: it will not go online, for a reason. */
    record Revise(RevisionReason reason, String note) implements StatusChange {

        public Revise {
            if (reason == null) {
                throw InvalidInput.of("reason", "not-blank");
            }
        }

        @Override
        public StatusKind target() {
            return StatusKind.REVISED;
        }
    }

    /** The procedure was abolished on a day. */
    record Abolish(LocalDate on, String note) implements StatusChange {

        public Abolish {
            if (on == null) {
                throw InvalidInput.of("abolishedOn", "not-blank");
            }
        }

        @Override
        public StatusKind target() {
            return StatusKind.ABOLISHED;
        }
    }
}
