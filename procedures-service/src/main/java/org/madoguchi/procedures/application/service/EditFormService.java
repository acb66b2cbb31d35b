package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.EditFormCommand;
import org.madoguchi.procedures.application.port.in.EditFormUseCase;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.NotFound;

/** Edits forms: drafts in place, published forms as a new version. */
@ApplicationScoped
class EditFormService implements EditFormUseCase {

    private final Forms forms;
    private final FormEvents events;
    private final ServedProcedures served;
    private final Clock clock;

    EditFormService(Forms forms, FormEvents events, ServedProcedures served, Clock clock) {
        this.forms = forms;
        this.events = events;
        this.served = served;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Form edit(EditFormCommand command) {
        Form current = forms.find(command.id())
                .orElseThrow(() -> new NotFound(NotFound.What.FORM, command.id().toString()));
        current.requireChangeableBy(command.actor(), command.expectedVersion());
        served.requireLinkable(command.actor(), current.content().procedures(), command.content());
        Instant now = clock.instant();
        Form stored = forms.update(current.edit(command.content()), current.version(), command.actor().author(), now);
        if (current.editMakesNewVersion()) {
            events.publish(new FormEvent.FormPublished(stored, command.actor().author(), now));
            served.reindex(current.content().procedures(), stored.content().procedures());
        }
        return stored;
    }
}
