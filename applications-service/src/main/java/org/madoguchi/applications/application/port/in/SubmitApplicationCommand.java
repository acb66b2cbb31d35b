package org.madoguchi.applications.application.port.in;

import java.util.Objects;
import java.util.Optional;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Answers;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.platform.failure.InvalidInput;

/**
 * Submit answers to a form.
 *
 * @param actor          who submits: a signed-in person, or an anonymous visitor
 * @param form           the form answered
 * @param answers        the answers by field key
 * @param idempotencyKey the request's Idempotency-Key, if it sent one
 * @param fingerprint    a digest of the request body, to tell a retry from another request with the same key
 */
public record SubmitApplicationCommand(Actor actor, FormId form, Answers answers, Optional<String> idempotencyKey,
        byte[] fingerprint) {

    /** Longest Idempotency-Key accepted. */
    public static final int LONGEST_KEY = 255;

    public SubmitApplicationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(answers, "answers");
        idempotencyKey = idempotencyKey == null ? Optional.empty() : idempotencyKey;
        if (idempotencyKey.isPresent()) {
            String key = idempotencyKey.get();
            if (key.isBlank() || key.length() > LONGEST_KEY || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
                throw InvalidInput.of("Idempotency-Key", "idempotency-key-format", LONGEST_KEY);
            }
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
        fingerprint = fingerprint == null ? null : fingerprint.clone();
    }
}
