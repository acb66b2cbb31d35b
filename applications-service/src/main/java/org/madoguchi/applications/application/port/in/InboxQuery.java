package org.madoguchi.applications.application.port.in;

import java.util.Objects;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.InboxFilter;
import org.madoguchi.platform.failure.InvalidInput;

/**
 * One page of the caller's department inbox.
 *
 * @param actor  the member of staff
 * @param filter what to narrow it to
 * @param page   the page, from 0
 * @param size   items per page, 1 to {@value #LARGEST_PAGE}
 */
public record InboxQuery(Actor actor, InboxFilter filter, int page, int size) {

    /** Most items one page holds. */
    public static final int LARGEST_PAGE = 200;

    public InboxQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (page < 0) {
            errors.add("page", "out-of-range", 0, Integer.MAX_VALUE);
        }
        if (size < 1 || size > LARGEST_PAGE) {
            errors.add("size", "out-of-range", 1, LARGEST_PAGE);
        }
        errors.throwIfAny();
    }
}
