package org.madoguchi.procedures.domain.model;

/** A status change the online-ization rules do not allow from the current status. */
public class InvalidStatusTransition extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StatusKind from;
    private final StatusKind to;

    public InvalidStatusTransition(StatusKind from, StatusKind to) {
        super("cannot change the status from " + from + " to " + to);
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
