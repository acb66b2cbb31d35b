package org.madoguchi.procedures.application.port.out;

/** The in-memory fake of {@link Departments} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryDepartmentsTest extends DepartmentsContract {

    private final InMemoryDepartments departments = new InMemoryDepartments();

    @Override
    protected Departments departments() {
        return departments;
    }
}
