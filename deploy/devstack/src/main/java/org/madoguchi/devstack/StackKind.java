package org.madoguchi.devstack;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which parts the local stack and the test resources run: the embedded ones (the default: no Docker needed) or
 * containers of the same versions, chosen with {@code -Dmadoguchi.stack=containers} where a Docker engine runs.
 */
public enum StackKind {
    /** PostgreSQL from the zonky binaries, Kafka, Keycloak's distribution and GreenMail as processes of this machine. */
    EMBEDDED,
    /** The same versions as containers, through Testcontainers: needs a Docker engine. */
    CONTAINERS;

    /** The system property that chooses. */
    public static final String PROPERTY = "madoguchi.stack";

    /** The kind the system property asks for, {@link #EMBEDDED} when it is not set. */
    public static StackKind selected() {
        return parse(System.getProperty(PROPERTY));
    }

    /** {@code embedded} or {@code containers} (any case, blank means embedded); anything else is refused. */
    public static StackKind parse(String value) {
        if (value == null || value.isBlank()) {
            return EMBEDDED;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("-D" + PROPERTY + " takes "
                        + Arrays.stream(values()).map(StackKind::value).collect(Collectors.joining(" or "))
                        + ", not '" + value + "'"));
    }

    /** The property's value for this kind. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
