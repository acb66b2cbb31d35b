package org.madoguchi.procedures.adapter.in.rest;

/**
 * A department as it should be.
 *
 * @param name     Japanese name
 * @param nameEn   English name
 * @param division the 部 or office it belongs to, optional
 * @param rank     position in the organisational order, optional
 */
public record RegisterDepartmentRequest(String name, String nameEn, String division, Integer rank) {

    static final RegisterDepartmentRequest EMPTY = new RegisterDepartmentRequest(null, null, null, null);
}
