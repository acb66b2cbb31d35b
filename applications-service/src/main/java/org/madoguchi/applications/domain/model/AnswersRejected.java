package org.madoguchi.applications.domain.model;

import java.util.List;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.Violation;

/**
 * The answers break the rules of the form's fields: every field error at once, each under
 * {@code answers.<key>} (or {@code answers} for the whole), as a 422.
 */
public class AnswersRejected extends DomainFailure {

    private static final long serialVersionUID = 1L;

    public AnswersRejected(List<Violation> violations) {
        super(Kind.UNPROCESSABLE, "answers-rejected", List.of(violations.size()), violations);
    }
}
