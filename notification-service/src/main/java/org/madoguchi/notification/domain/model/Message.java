package org.madoguchi.notification.domain.model;

import java.util.Objects;

/** A notification as a template worded it in one language: a title of one line and a body. */
public record Message(Language language, String title, String body) {

    public Message {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
