package org.madoguchi.procedures.adapter.in.rest;

import jakarta.ws.rs.core.EntityTag;

import org.madoguchi.platform.problem.ProblemException;

/** Optimistic locking over HTTP: the stored version of a resource as a strong ETag, required back in If-Match. */
final class ETags {

    private ETags() {
    }

    /** The ETag of a stored version. */
    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header names.
     *
     * @throws ProblemException 428 without the header, 412 when it names no version of ours
     */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException notOurs) {
            throw ProblemException.preconditionFailed("stale-version");
        }
    }
}
