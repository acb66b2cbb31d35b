package org.madoguchi.lending.domain.model;

import org.madoguchi.platform.failure.DomainFailure;

/** What was addressed does not exist. */
public class NotFound extends DomainFailure {

    private static final long serialVersionUID = 1L;

    /** What was looked for. */
    public enum What { DEVICE, RESERVATION, HAND_OVER, INCIDENT, DISASTER_DECLARATION }

    private final What what;
    private final transient Identifier id;

    public NotFound(What what, Identifier id) {
        super(Kind.NOT_FOUND, "not-found");
        this.what = what;
        this.id = id;
    }

    public static NotFound device(DeviceId id) {
        return new NotFound(What.DEVICE, id);
    }

    public static NotFound reservation(ReservationId id) {
        return new NotFound(What.RESERVATION, id);
    }

    public What what() {
        return what;
    }

    public Identifier id() {
        return id;
    }
}
