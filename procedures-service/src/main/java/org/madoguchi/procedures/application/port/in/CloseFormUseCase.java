package org.madoguchi.procedures.application.port.in;

import org.madoguchi.procedures.domain.model.Form;

/** 受付終了: closes a published form so it takes no more answers, and announces it; its versions stay readable. */
public interface CloseFormUseCase {

    Form close(CloseFormCommand command);
}
