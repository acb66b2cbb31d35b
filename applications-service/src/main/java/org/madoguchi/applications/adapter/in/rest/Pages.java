package org.madoguchi.applications.adapter.in.rest;

import org.madoguchi.applications.application.port.in.InboxQuery;
import org.madoguchi.platform.failure.InvalidInput;

/** Paging parameters as every list takes them. */
final class Pages {

    private Pages() {
    }

    static void check(int page, int size) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        check(errors, page, size);
        errors.throwIfAny();
    }

    /** Adds what is wrong with the paging parameters to the other parameters' errors. */
    static void check(InvalidInput.Collector errors, int page, int size) {
        if (page < 0) {
            errors.add("page", "out-of-range", 0, Integer.MAX_VALUE);
        }
        if (size < 1 || size > InboxQuery.LARGEST_PAGE) {
            errors.add("size", "out-of-range", 1, InboxQuery.LARGEST_PAGE);
        }
    }
}
