package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.Form;

/** 公開: makes a draft (or a closed form again) available to citizens within its period, and announces its full definition. */
public interface PublishFormUseCase {

    Form publish(PublishFormCommand command);
}
