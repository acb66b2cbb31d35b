package org.madoguchi.applications.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.RecordPublishedFormCommand;
import org.madoguchi.applications.application.port.in.RecordPublishedFormUseCase;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.application.port.out.ProcessedEvents;

/** Applies a form-published event to the catalogue, once per event. */
@ApplicationScoped
class RecordPublishedFormService implements RecordPublishedFormUseCase {

    /** The consumer name the catalogue's applied events are recorded under. */
    static final String CONSUMER = "form-catalogue";

    private final FormCatalogue catalogue;
    private final ProcessedEvents processed;

    RecordPublishedFormService(FormCatalogue catalogue, ProcessedEvents processed) {
        this.catalogue = catalogue;
        this.processed = processed;
    }

    @Override
    @Transactional
    public boolean record(RecordPublishedFormCommand command) {
        if (!processed.firstDelivery(CONSUMER, command.eventId())) {
            return false;
        }
        catalogue.publish(command.form(), command.at());
        return true;
    }
}
