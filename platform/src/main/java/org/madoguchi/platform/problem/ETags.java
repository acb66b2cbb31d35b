package org.madoguchi.platform.problem;

import java.util.OptionalLong;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP, as every service answers it: a stored version as a strong ETag, sent back in
 * {@code If-Match}; without the header 428 {@code precondition-required}, with one naming no version of ours 412
 * {@code stale-version}.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header names, required.
     *
     * @throws ProblemException 428 without the header, 412 when it names no version of ours
     */
    public static long required(String ifMatch) {
        return optional(ifMatch).orElseThrow(() -> new ProblemException(428, "precondition-required"));
    }

    /** The version an If-Match header names, if there is one. */
    public static OptionalLong optional(String ifMatch) {
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
