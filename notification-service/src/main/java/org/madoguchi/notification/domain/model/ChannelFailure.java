package org.madoguchi.notification.domain.model;

/**
 * A channel could not take a message (the SMTP server or the messaging app refused or did not answer). The
 * code names what failed ({@code smtp}, {@code http-503}, {@code timeout}); it never carries an address.
 */
public class ChannelFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ChannelFailure(String code, Throwable cause) {
        super(code, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
