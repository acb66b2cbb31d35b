package org.madoguchi.procedures.domain.model;

/** The editor may not change what this department owns. */
public class NotPermitted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DepartmentCode owner;

    public NotPermitted(DepartmentCode owner) {
        super("not permitted to maintain what " + owner + " owns");
        this.owner = owner;
    }

    public DepartmentCode owner() {
        return owner;
    }
}
