package org.madoguchi.procedures.application.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.EditFormCommand;
import org.madoguchi.procedures.application.port.in.EditFormUseCase;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.Form;

/** Edits forms: drafts in place, published forms as a new version. */
@ApplicationScoped
class EditFormService implements EditFormUseCase {

    private final Forms forms;
    private final FormEvents events;
    private final FormRecorder recorder;

    EditFormService(Forms forms, FormEvents events, FormRecorder recorder) {
        this.forms = forms;
        this.events = events;
        this.recorder = recorder;
    }

    @Override
    @Transactional
    public Form edit(EditFormCommand command) {
        Form current = FormRecorder.loadForChange(forms, command.id(), command.expectedVersion(), command.actor());
        recorder.requireProcedures(command.actor(), current.content().procedures(), command.content());
        Form edited = current.edit(command.content());
        Instant now = recorder.now();
        Form stored = forms.update(edited, current.version(), command.actor().author(), now);
        if (current.editMakesNewVersion()) {
            events.publish(new FormEvent.FormPublished(stored, command.actor().author(), now));
            recorder.reindex(current.content().procedures(), stored.content().procedures());
        }
        return stored;
    }
}
