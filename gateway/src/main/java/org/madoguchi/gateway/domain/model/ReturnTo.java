package org.madoguchi.gateway.domain.model;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the web console's sign-in sends the browser back to ({@code returnTo}): only a path of the gateway's own
 * origin, starting with one {@code /}; anything else (another host, {@code //host}, {@code /\host}, a scheme,
 * control characters) becomes {@code /}, so that a link to the sign-in can never carry a person off to another site
 * (an open redirect).
 */
public final class ReturnTo {

    /** Where to go when {@code returnTo} is missing or not acceptable. */
    public static final String HOME = "/";

    private static final int LONGEST = 2000;
    private static final String HEX = "0123456789ABCDEF";

    private ReturnTo() {
    }

    /**
     * The path to redirect to for what the request asked for, ready for a {@code Location} header: characters
     * beyond ASCII percent-encoded as UTF-8.
     */
    public static String of(Optional<String> requested) {
        return requested.filter(ReturnTo::isAcceptable).map(ReturnTo::asciiOnly).orElse(HOME);
    }

    private static String asciiOnly(String path) {
        StringBuilder ascii = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0) {
                ascii.append((char) b);
            } else {
                ascii.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
            }
        }
        return ascii.toString();
    }

    private static boolean isAcceptable(String path) {
        if (path.isEmpty() || path.length() > LONGEST || path.charAt(0) != '/') {
            return false;
        }
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
