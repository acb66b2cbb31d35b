package org.madoguchi.contracts;

import java.util.List;
import java.util.Map;

/** The Kafka topics of the suite: one per bounded context, keyed by aggregate id. */
public final class Topics {

    public static final String PROCEDURES = "procedures.events";
    /**
     * The current definition of every form, keyed by form id and compacted: the last
     * {@code form-published} or {@code form-closed} event of each form stays readable for as long as
     * the form exists, so a consumer that starts long after a form was published (past the retention
     * of {@link #PROCEDURES}) still learns it by reading this topic from the beginning.
     */
    public static final String PROCEDURE_FORMS = "procedures.forms";
    public static final String APPLICATIONS = "applications.events";
    public static final String LENDING = "lending.events";
    public static final String NOTIFICATIONS = "notifications.events";

    private Topics() {
    }

    /** Every topic, so that a broker can create them all up front. */
    public static List<String> all() {
        return List.of(PROCEDURES, PROCEDURE_FORMS, APPLICATIONS, LENDING, NOTIFICATIONS);
    }

    /** The broker settings a topic is created with: compaction for {@link #PROCEDURE_FORMS}. */
    public static Map<String, String> settings(String topic) {
        return PROCEDURE_FORMS.equals(topic) ? Map.of("cleanup.policy", "compact") : Map.of();
    }
}
