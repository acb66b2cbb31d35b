package org.madoguchi.applications.application.port.in;

import org.madoguchi.applications.domain.model.Application;

/** 取下げ: the applicant withdraws their application before the department completes or rejects it. */
public interface WithdrawApplicationUseCase {

    Application withdraw(WithdrawApplicationCommand command);
}
