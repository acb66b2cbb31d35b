package org.madoguchi.applications.application.port.out;

import org.madoguchi.applications.domain.model.Form;

/** The in-memory fake of {@link Applications} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryApplicationsTest extends ApplicationsContract {

    private final InMemoryApplications applications = new InMemoryApplications(ApplicationExamples.CITY);

    @Override
    protected Applications applications() {
        return applications;
    }

    @Override
    protected void formExists(Form version) {
        // the fake keeps no catalogue: an application may answer any version
    }
}
