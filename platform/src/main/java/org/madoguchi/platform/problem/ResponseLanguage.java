package org.madoguchi.platform.problem;

import java.util.List;
import java.util.Locale;

/**
 * The language of a response, chosen from the request's {@code Accept-Language}: Japanese unless the
 * caller prefers English. Problem titles, details and validation messages all follow it.
 */
public final class ResponseLanguage {

    /** The languages responses are written in, the default first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private ResponseLanguage() {
    }

    /**
     * The supported language the caller ranks highest (RFC 4647 lookup, so {@code en-US} means English),
     * or Japanese when the header is absent, malformed or names no supported language.
     */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SUPPORTED.get(0);
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? SUPPORTED.get(0) : match;
        } catch (IllegalArgumentException malformed) {
            return SUPPORTED.get(0);
        }
    }
}
