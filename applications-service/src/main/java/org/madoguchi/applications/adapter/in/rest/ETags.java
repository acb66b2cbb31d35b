package org.madoguchi.applications.adapter.in.rest;

import java.util.OptionalLong;

import jakarta.ws.rs.core.EntityTag;

import org.madoguchi.platform.problem.ProblemException;

/** Optimistic locking over HTTP: an application's version as a strong ETag, sent back in If-Match. */
final class ETags {

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header names, which staff must send.
     *
     * @throws ProblemException 428 without the header, 412 when it names no version of ours
     */
    static long required(String ifMatch) {
        return optional(ifMatch).orElseThrow(() -> new ProblemException(428, "precondition-required"));
    }

    /** The version an If-Match header names, if there is one. */
    static OptionalLong optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException notOurs) {
            throw ProblemException.preconditionFailed("stale-version");
        }
    }
}
