package org.madoguchi.procedures.application.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.PublishFormCommand;
import org.madoguchi.procedures.application.port.in.PublishFormUseCase;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.Form;

/** Publishes forms: a draft, or a closed form again. */
@ApplicationScoped
class PublishFormService implements PublishFormUseCase {

    private final Forms forms;
    private final FormEvents events;
    private final FormRecorder recorder;

    PublishFormService(Forms forms, FormEvents events, FormRecorder recorder) {
        this.forms = forms;
        this.events = events;
        this.recorder = recorder;
    }

    @Override
    @Transactional
    public Form publish(PublishFormCommand command) {
        Form current = FormRecorder.loadForChange(forms, command.id(), command.expectedVersion(), command.actor());
        Instant now = recorder.now();
        Form stored = forms.update(current.publish(), current.version(), command.actor().author(), now);
        events.publish(new FormEvent.FormPublished(stored, command.actor().author(), now));
        recorder.reindex(FormRecorder.none(), stored.content().procedures());
        return stored;
    }
}
