package org.madoguchi.procedures.domain.model;


/**
 * Who reads: the public (anonymous visitors and citizens) see online procedures and open forms only;
 * staff and procedure administrators see everything.
 */
public enum Viewer {
    PUBLIC,
    STAFF
}
