package org.madoguchi.applications.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * 照会番号: the code an anonymous applicant gets with the receipt number, with which they (and nobody
 * else) check the status later. Twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 58 bits; only its SHA-256 digest is stored.
 */
public record LookupCode(String value) {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    public LookupCode {
        Objects.requireNonNull(value, "value");
    }

    /** A new random code. */
    public static LookupCode random() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new LookupCode(new String(code));
    }

    /** The code as a person types it back: case, spaces and hyphens do not matter. */
    public static LookupCode typed(String text) {
        return new LookupCode(MyNumber.normalize(text).replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT));
    }

    public Digest digest() {
        try {
            return new Digest(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    /** Printed in groups of four for reading aloud: {@code ABCD-EFGH-JKMN}; shown to the applicant once. */
    public String printed() {
        return value.length() == LENGTH
                ? value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8)
                : value;
    }

    /** Never the code itself, so that it cannot reach a log line. */
    @Override
    public String toString() {
        return "LookupCode[…]";
    }

    /** The stored digest of a lookup code. */
    public record Digest(byte[] bytes) {

        public Digest {
            bytes = bytes.clone();
        }

        /** Compares in constant time. */
        public boolean matches(LookupCode code) {
            return MessageDigest.isEqual(bytes, code.digest().bytes);
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Digest digest && Arrays.equals(bytes, digest.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Digest[…]";
        }
    }
}
