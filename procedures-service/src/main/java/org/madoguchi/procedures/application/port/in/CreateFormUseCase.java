package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.Form;

/** 様式の作成: drafts a new form (version 1) for a department; citizens see it once it is published. */
public interface CreateFormUseCase {

    /** Stores the draft; fails on an unknown department or procedure. */
    Form create(CreateFormCommand command);
}
