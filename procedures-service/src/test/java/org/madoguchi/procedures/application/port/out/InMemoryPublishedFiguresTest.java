package org.madoguchi.procedures.application.port.out;

import org.madoguchi.procedures.domain.model.Department;

/** The in-memory fake of {@link PublishedFigures} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryPublishedFiguresTest extends PublishedFiguresContract {

    private final InMemoryPublishedFigures figures = new InMemoryPublishedFigures();

    @Override
    protected PublishedFigures figures() {
        return figures;
    }

    @Override
    protected void departmentExists(Department department) {
        // the fake keeps no departments: any code is known to it
    }
}
