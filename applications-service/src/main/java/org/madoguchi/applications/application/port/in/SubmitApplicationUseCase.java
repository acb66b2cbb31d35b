package org.madoguchi.applications.application.port.in;

import org.madoguchi.applications.domain.model.Receipt;

/**
 * 申請: a citizen (or, where the form allows, an anonymous visitor) submits answers to an open form and gets a
 * receipt number. A retry with the same Idempotency-Key and body gets the first answer again.
 */
public interface SubmitApplicationUseCase {

    Receipt submit(SubmitApplicationCommand command);
}
