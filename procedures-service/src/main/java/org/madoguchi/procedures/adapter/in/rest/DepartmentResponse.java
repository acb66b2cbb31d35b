package org.madoguchi.procedures.adapter.in.rest;

import org.madoguchi.procedures.domain.model.Department;

/**
 * A department.
 *
 * @param code     code, as staff tokens carry it
 * @param name     Japanese name
 * @param nameEn   English name
 * @param division the 部 or office it belongs to
 * @param rank     position in the organisational order
 */
public record DepartmentResponse(String code, String name, String nameEn, String division, int rank) {

    static DepartmentResponse of(Department department) {
        return new DepartmentResponse(department.code().value(), department.name(), department.nameEn(),
                department.division(), department.rank());
    }
}
