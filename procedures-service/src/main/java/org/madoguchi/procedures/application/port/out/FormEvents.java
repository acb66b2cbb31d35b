package org.madoguchi.procedures.application.port.out;

import org.madoguchi.procedures.domain.event.FormEvent;

/**
 * Tells the e-application context which form versions are published and closed: recorded in the
 * current transaction and published if and only if it commits.
 */
public interface FormEvents {

    void publish(FormEvent event);
}
