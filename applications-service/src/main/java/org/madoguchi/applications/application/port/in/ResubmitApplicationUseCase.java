package org.madoguchi.applications.application.port.in;

import org.madoguchi.applications.domain.model.Application;

/** 再申請: the applicant corrects a returned application and sends it back to the department. */
public interface ResubmitApplicationUseCase {

    Application resubmit(ResubmitApplicationCommand command);
}
