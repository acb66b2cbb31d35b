package org.madoguchi.procedures.adapter.in.messaging;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.madoguchi.contracts.EventEnvelope;
import org.madoguchi.contracts.ReceivedEvent;
import org.madoguchi.procedures.application.port.in.RefreshSearchIndexCommand;
import org.madoguchi.procedures.application.port.in.RefreshSearchIndexUseCase;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.ProcedureId;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps this instance's search index in step with changes made by other instances: every instance
 * reads {@code procedures.events} in a consumer group of its own, from the moment it starts (its index
 * was built from the database then), and re-reads the procedures an event is about. Re-reading is
 * idempotent, so events of its own changes and repeated deliveries do no harm.
 */
@ApplicationScoped
class ProcedureEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ProcedureEventsConsumer.class);
    private static final String PROCEDURE_EVENTS = "madoguchi.procedures.procedure-";
    private static final String FORM_EVENTS = "madoguchi.procedures.form-";

    private final RefreshSearchIndexUseCase index;

    ProcedureEventsConsumer(RefreshSearchIndexUseCase index) {
        this.index = index;
    }

    /** A batch of records as polled: the procedures and forms they name are refreshed in one go. */
    @Incoming("procedures-index")
    @Blocking
    void onEvents(List<String> records) {
        Set<ProcedureId> procedures = new LinkedHashSet<>();
        Set<FormId> forms = new LinkedHashSet<>();
        for (String json : records) {
            try {
                ReceivedEvent event = EventEnvelope.read(json);
                if (event.type().startsWith(PROCEDURE_EVENTS)) {
                    procedures.add(new ProcedureId(UUID.fromString(event.subject())));
                } else if (event.type().startsWith(FORM_EVENTS)) {
                    forms.add(new FormId(UUID.fromString(event.subject())));
                }
            } catch (IllegalArgumentException notOurs) {
                LOG.warnf("Skipping a record on procedures.events that is not a registry event: %s",
                        notOurs.getMessage());
            }
        }
        if (procedures.isEmpty() && forms.isEmpty()) {
            return;
        }
        try {
            index.refresh(new RefreshSearchIndexCommand(procedures, forms));
        } catch (RuntimeException failed) {
            // the next change or the next start brings the index up to date; the stream must go on
            LOG.errorf(failed, "Could not refresh the search index for %d procedures and %d forms",
                    procedures.size(), forms.size());
        }
    }
}
