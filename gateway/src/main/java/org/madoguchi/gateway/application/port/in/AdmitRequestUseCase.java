package org.madoguchi.gateway.application.port.in;

import org.madoguchi.gateway.domain.model.Admission;

/**
 * Decides at the front door whether a request goes on to a service: which route answers its path, whether the
 * caller needs a token there, and whether the caller is within its rate limit. Blocking (the rate limit lives in
 * PostgreSQL): call it off the event loop.
 */
public interface AdmitRequestUseCase {

    Admission admit(AdmitRequestCommand command);
}
