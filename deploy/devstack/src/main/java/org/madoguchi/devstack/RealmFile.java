package org.madoguchi.devstack;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code madoguchi} realm as a Keycloak realm representation (JSON): reading, writing and what marks samples. */
final class RealmFile {

    /** The development realm, relative to the working copy. */
    static final String DEVELOPMENT = "deploy/keycloak/madoguchi-realm.json";

    /** The admin-only user-profile attribute every sample user carries with the value {@code true}. */
    static final String SAMPLE_ATTRIBUTE = "sample";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false);

    private RealmFile() {
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm file " + file, e);
        }
    }

    /** Writes the realm as the development file is written: two-space indents, {@code "key": value}, UTF-8, a final
     * newline. */
    static void write(JsonNode realm, Path file) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, JSON.writer(printer).writeValueAsString(realm) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the realm file " + file, e);
        }
    }

    /** Whether a user of the realm file is a sample user ({@code attributes.sample = ["true"]}). */
    static boolean isSampleUser(JsonNode user) {
        for (JsonNode value : user.path("attributes").path(SAMPLE_ATTRIBUTE)) {
            if ("true".equals(value.asText())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a user of the realm file is a client's service account. */
    static boolean isServiceAccount(JsonNode user) {
        return user.hasNonNull("serviceAccountClientId");
    }
}
