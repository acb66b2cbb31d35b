package org.madoguchi.procedures.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.CreateFormCommand;
import org.madoguchi.procedures.application.port.in.CreateFormUseCase;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;

/** Drafts forms. */
@ApplicationScoped
class CreateFormService implements CreateFormUseCase {

    private final Forms forms;
    private final FormRecorder recorder;

    CreateFormService(Forms forms, FormRecorder recorder) {
        this.forms = forms;
        this.recorder = recorder;
    }

    @Override
    @Transactional
    public Form create(CreateFormCommand command) {
        command.actor().requireMayMaintain(command.department());
        recorder.requireDepartment(command.department());
        recorder.requireProcedures(command.actor(), FormRecorder.none(), command.content());
        Form draft = Form.draft(FormId.random(), command.kind(), command.department(), command.content());
        return forms.add(draft, command.actor().author(), recorder.now());
    }
}
