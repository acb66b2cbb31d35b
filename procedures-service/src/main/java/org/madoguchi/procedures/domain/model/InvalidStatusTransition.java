package org.madoguchi.procedures.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/** A status change the online-ization rules do not allow from the current status. */
public class InvalidStatusTransition extends DomainFailure {

    private static final long serialVersionUID = 1L;

    private static final String CODE = "invalid-status-transition";

    private final StatusKind from;
    private final StatusKind to;

    public InvalidStatusTransition(StatusKind from, StatusKind to) {
        super(Kind.CONFLICT, CODE, List.of(from.label().ja(), to.label().ja(), from.label().en(), to.label().en()),
                List.of(Violation.of("status", CODE, from.name(), to.name())));
        this.from = from;
        this.to = to;
    }

    public StatusKind from() {
        return from;
    }

    public StatusKind to() {
        return to;
    }
}
