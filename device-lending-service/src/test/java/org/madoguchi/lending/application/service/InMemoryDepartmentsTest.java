package org.madoguchi.lending.application.service;

import org.madoguchi.lending.application.port.out.Departments;
import org.madoguchi.lending.application.port.out.DepartmentsContract;

/** The in-memory department directory keeps the contract of the real one. */
class InMemoryDepartmentsTest extends DepartmentsContract {

    private final InMemoryDepartments departments = new InMemoryDepartments();

    @Override
    protected Departments departments() {
        return departments;
    }
}
