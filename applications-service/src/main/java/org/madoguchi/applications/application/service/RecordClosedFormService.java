package org.madoguchi.applications.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.applications.application.port.in.RecordClosedFormCommand;
import org.madoguchi.applications.application.port.in.RecordClosedFormUseCase;
import org.madoguchi.applications.application.port.out.FormCatalogue;
import org.madoguchi.applications.application.port.out.ProcessedEvents;

/** Applies a form-closed event to the catalogue, once per event. */
@ApplicationScoped
class RecordClosedFormService implements RecordClosedFormUseCase {

    private final FormCatalogue catalogue;
    private final ProcessedEvents processed;

    RecordClosedFormService(FormCatalogue catalogue, ProcessedEvents processed) {
        this.catalogue = catalogue;
        this.processed = processed;
    }

    @Override
    @Transactional
    public boolean record(RecordClosedFormCommand command) {
        if (!processed.firstDelivery(RecordPublishedFormService.CONSUMER, command.eventId())) {
            return false;
        }
        catalogue.close(command.form(), command.at());
        return true;
    }
}
