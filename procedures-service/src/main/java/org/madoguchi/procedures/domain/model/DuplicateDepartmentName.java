package org.madoguchi.procedures.domain.model;

/** Another department already has this Japanese name: CSV lines name departments by it. */
public class DuplicateDepartmentName extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;

    public DuplicateDepartmentName(String name) {
        super("department name " + name + " is taken");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
