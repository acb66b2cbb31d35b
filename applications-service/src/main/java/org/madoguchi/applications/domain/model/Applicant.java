package org.madoguchi.applications.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who applied: a signed-in citizen by account subject, or an anonymous person who holds the lookup code
 * (照会番号) issued with the receipt number; only a digest of the code is kept.
 *
 * @param subject          the citizen's account subject; empty for an anonymous applicant
 * @param lookupCodeDigest the digest of the anonymous applicant's lookup code; empty for a citizen
 */
public record Applicant(Optional<String> subject, Optional<LookupCode.Digest> lookupCodeDigest) {

    public Applicant {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(lookupCodeDigest, "lookupCodeDigest");
        if (subject.isPresent() == lookupCodeDigest.isPresent()) {
            throw new IllegalArgumentException("an applicant is either a citizen or anonymous with a lookup code");
        }
    }

    public static Applicant citizen(String subject) {
        return new Applicant(Optional.of(subject), Optional.empty());
    }

    public static Applicant anonymous(LookupCode.Digest digest) {
        return new Applicant(Optional.empty(), Optional.of(digest));
    }

    public boolean isAnonymous() {
        return subject.isEmpty();
    }

    /** Whether this is the citizen with that subject. */
    public boolean is(String personSubject) {
        return subject.map(personSubject::equals).orElse(false);
    }
}
