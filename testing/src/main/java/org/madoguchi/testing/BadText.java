package org.madoguchi.testing;

/**
 * Text that no JSON body may carry into a service ({@code org.madoguchi.platform.text.TextRules}), for the
 * tests that post it to every write endpoint's text fields and expect a 400 {@code invalid-text} problem
 * naming the field, with nothing written.
 */
public enum BadText {

    /** U+0000, which PostgreSQL refuses in text columns. */
    NUL("\\u0000", "text-control-character"),
    /** Another C0 control character, here ESC. */
    ESCAPE("\\u001b[31m", "text-control-character"),
    /** A high surrogate without its low half. */
    UNPAIRED_SURROGATE("\\ud800", "text-unpaired-surrogate"),
    /** One character more than any field may hold. */
    TOO_LONG("あ".repeat(10_001), "text-too-long");

    private final String jsonEscaped;
    private final String code;

    BadText(String jsonEscaped, String code) {
        this.jsonEscaped = jsonEscaped;
        this.code = code;
    }

    /** The bad text as it stands inside a JSON string literal, after some acceptable text. */
    public String inJson() {
        return "鳥取" + jsonEscaped;
    }

    /** The code of the field error the platform answers with. */
    public String code() {
        return code;
    }
}
