package org.madoguchi.contracts;

import java.util.List;

/** The Kafka topics of the suite: one per bounded context, keyed by aggregate id. */
public final class Topics {

    public static final String PROCEDURES = "procedures.events";
    public static final String APPLICATIONS = "applications.events";
    public static final String LENDING = "lending.events";
    public static final String NOTIFICATIONS = "notifications.events";

    private Topics() {
    }

    /** Every topic, so that a broker can create them all up front. */
    public static List<String> all() {
        return List.of(PROCEDURES, APPLICATIONS, LENDING, NOTIFICATIONS);
    }
}
