package org.madoguchi.procedures.application.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.CloseFormUseCase;
import org.madoguchi.procedures.application.port.in.FormLifecycleCommand;
import org.madoguchi.procedures.application.port.in.PublishFormUseCase;
import org.madoguchi.procedures.application.port.out.FormEvents;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.event.FormEvent;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.NotFound;
import org.madoguchi.procedures.domain.model.StaleVersion;

/** Publishes and closes forms. */
@ApplicationScoped
class FormLifecycleService implements PublishFormUseCase, CloseFormUseCase {

    private final Forms forms;
    private final FormEvents events;
    private final FormRecorder recorder;

    FormLifecycleService(Forms forms, FormEvents events, FormRecorder recorder) {
        this.forms = forms;
        this.events = events;
        this.recorder = recorder;
    }

    @Override
    @Transactional
    public Form publish(FormLifecycleCommand command) {
        Form current = load(command);
        Instant now = recorder.now();
        Form stored = forms.update(current.publish(), current.version(), command.editor().actor(), now);
        events.publish(new FormEvent.FormPublished(stored, command.editor().actor(), now));
        recorder.reindex(FormRecorder.none(), stored.content().procedures());
        return stored;
    }

    @Override
    @Transactional
    public Form close(FormLifecycleCommand command) {
        Form current = load(command);
        Instant now = recorder.now();
        Form stored = forms.update(current.close(), current.version(), command.editor().actor(), now);
        events.publish(new FormEvent.FormClosed(stored, command.editor().actor(), now));
        recorder.reindex(FormRecorder.none(), stored.content().procedures());
        return stored;
    }

    private Form load(FormLifecycleCommand command) {
        Form current = forms.find(command.id())
                .orElseThrow(() -> new NotFound(NotFound.What.FORM, command.id().toString()));
        command.editor().requireMayMaintain(current.department());
        StaleVersion.requireSame(command.expectedVersion(), current.version());
        return current;
    }
}
