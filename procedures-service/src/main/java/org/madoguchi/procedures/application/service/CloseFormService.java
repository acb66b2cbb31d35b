package org.madoguchi.procedures.application.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.CloseFormCommand;
import org.madoguchi.procedures.application.port.in.CloseFormUseCase;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.Form;

/** Closes published forms. */
@ApplicationScoped
class CloseFormService implements CloseFormUseCase {

    private final Forms forms;
    private final FormEvents events;
    private final FormRecorder recorder;

    CloseFormService(Forms forms, FormEvents events, FormRecorder recorder) {
        this.forms = forms;
        this.events = events;
        this.recorder = recorder;
    }

    @Override
    @Transactional
    public Form close(CloseFormCommand command) {
        Form current = FormRecorder.loadForChange(forms, command.id(), command.expectedVersion(), command.actor());
        Instant now = recorder.now();
        Form stored = forms.update(current.close(), current.version(), command.actor().author(), now);
        events.publish(new FormEvent.FormClosed(stored, command.actor().author(), now));
        recorder.reindex(FormRecorder.none(), stored.content().procedures());
        return stored;
    }
}
