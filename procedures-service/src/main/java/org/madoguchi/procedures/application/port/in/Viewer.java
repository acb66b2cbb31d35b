package org.madoguchi.procedures.application.port.in;

/** Who reads: the public (anonymous visitors and citizens) see online procedures and open forms only; staff see everything. */
public enum Viewer {
    PUBLIC,
    STAFF
}
