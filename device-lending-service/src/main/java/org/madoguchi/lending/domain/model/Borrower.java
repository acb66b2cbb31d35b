package org.madoguchi.lending.domain.model;

import java.util.Objects;

/** The member of staff who books and borrows a device, as named by the identity provider. */
public record Borrower(String subject, String name, String department) {

    public Borrower {
        Objects.requireNonNull(subject, "subject");
    }
}
