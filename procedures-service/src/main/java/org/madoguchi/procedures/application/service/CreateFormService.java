package org.madoguchi.procedures.application.service;

import java.time.Clock;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.madoguchi.procedures.application.port.in.CreateFormCommand;
import org.madoguchi.procedures.application.port.in.CreateFormUseCase;
import org.madoguchi.procedures.application.port.out.Departments;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.UnknownDepartment;

/** Drafts forms. */
@ApplicationScoped
class CreateFormService implements CreateFormUseCase {

    private final Forms forms;
    private final Departments departments;
    private final ServedProcedures served;
    private final Clock clock;

    CreateFormService(Forms forms, Departments departments, ServedProcedures served, Clock clock) {
        this.forms = forms;
        this.departments = departments;
        this.served = served;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Form create(CreateFormCommand command) {
        command.actor().requireMayMaintain(command.department());
        departments.find(command.department())
                .orElseThrow(() -> new UnknownDepartment(command.department().value()));
        served.requireLinkable(command.actor(), Set.of(), command.content());
        Form draft = Form.draft(FormId.random(), command.kind(), command.department(), command.content());
        return forms.add(draft, command.actor().author(), clock.instant());
    }
}
