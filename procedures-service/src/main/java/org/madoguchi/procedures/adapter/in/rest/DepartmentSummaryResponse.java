package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.domain.model.Department;

/**
 * A department as shown with a procedure or a report line.
 *
 * @param code   code
 * @param name   Japanese name
 * @param nameEn English name
 */
public record DepartmentSummaryResponse(String code, String name, String nameEn) {

    static DepartmentSummaryResponse of(Department department) {
        return new DepartmentSummaryResponse(department.code().value(), department.name(), department.nameEn());
    }
}
