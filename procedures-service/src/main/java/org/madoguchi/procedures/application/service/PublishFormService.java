package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.PublishFormCommand;
import org.madoguchi.procedures.application.port.in.PublishFormUseCase;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.NotFound;

/** Publishes forms: a draft, or a closed form again. */
@ApplicationScoped
class PublishFormService implements PublishFormUseCase {

    private final Forms forms;
    private final FormEvents events;
    private final ServedProcedures served;
    private final Clock clock;

    PublishFormService(Forms forms, FormEvents events, ServedProcedures served, Clock clock) {
        this.forms = forms;
        this.events = events;
        this.served = served;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Form publish(PublishFormCommand command) {
        Form current = forms.find(command.id())
                .orElseThrow(() -> new NotFound(NotFound.What.FORM, command.id().toString()));
        current.requireChangeableBy(command.actor(), command.expectedVersion());
        Instant now = clock.instant();
        Form stored = forms.update(current.publish(), current.version(), command.actor().author(), now);
        events.publish(new FormEvent.FormPublished(stored, command.actor().author(), now));
        served.reindex(stored.content().procedures());
        return stored;
    }
}
