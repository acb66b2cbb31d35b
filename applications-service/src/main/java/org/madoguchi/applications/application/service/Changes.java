package org.madoguchi.applications.application.service;

import org.madoguchi.applications.application.port.out.Applications;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.StaleApplication;

/** Storing a change of an application under optimistic locking, as every workflow step does. */
final class Changes {

    private Changes() {
    }

    /**
     * Stores {@code changed} over {@code read}; a concurrent change committed since {@code read} was loaded makes it
     * a {@link StaleApplication}.
     */
    static void store(Applications applications, Application read, Application changed) {
        if (!applications.update(changed, read.version())) {
            long now = applications.find(read.id()).map(Application::version).orElse(read.version() + 1);
            throw new StaleApplication(read.version(), now);
        }
    }
}
