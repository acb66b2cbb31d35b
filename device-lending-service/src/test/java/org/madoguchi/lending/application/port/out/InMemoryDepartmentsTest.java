package org.madoguchi.lending.application.port.out;


/** The in-memory department directory keeps the contract of the real one. */
class InMemoryDepartmentsTest extends DepartmentsContract {

    private final InMemoryDepartments departments = new InMemoryDepartments();

    @Override
    protected Departments departments() {
        return departments;
    }
}
