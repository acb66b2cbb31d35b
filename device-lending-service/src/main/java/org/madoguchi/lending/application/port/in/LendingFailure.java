package org.madoguchi.lending.application.port.in;

/** A use case refused what was asked, for a reason the caller can act on; the code names it. */
public class LendingFailure extends RuntimeException {

    /** Why. */
    public enum Reason {
        NOT_FOUND, START_IN_PAST, BOOKING_TOO_LONG, DEVICE_NOT_BOOKABLE, NO_DEVICE_FREE, DISASTER_MODE_IN_FORCE,
        NOT_HOLDER, UNKNOWN_SITE, DUPLICATE_DEVICE, NOT_LOST, ALREADY_DISABLED, NOT_DISABLED
    }

    private final Reason reason;
    private final transient Object[] arguments;

    public LendingFailure(Reason reason, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public static LendingFailure notFound(String what, Object id) {
        return new LendingFailure(Reason.NOT_FOUND, what + " " + id + " not found", what, id);
    }
}
