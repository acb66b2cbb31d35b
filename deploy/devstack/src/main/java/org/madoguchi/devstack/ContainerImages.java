package org.madoguchi.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The container images of the parts, at the versions the embedded parts run (read from the build's
 * {@code versions.properties}): the same PostgreSQL minor release as the zonky binaries, the same Kafka, Keycloak
 * and GreenMail, and the same images as {@code deploy/compose}.
 */
public record ContainerImages(String postgres, String kafka, String keycloak, String greenMail) {

    /** The images of this build's versions. */
    public static ContainerImages ofThisBuild() {
        Properties versions = new Properties();
        try (InputStream in = ContainerImages.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the devstack's classes");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(versions.getProperty("postgres"), versions.getProperty("kafka"), versions.getProperty("keycloak"),
                versions.getProperty("greenmail"));
    }

    /**
     * The images for the given versions. The embedded PostgreSQL binaries are versioned {@code 17.5.0} for
     * PostgreSQL 17.5, whose official image is {@code postgres:17.5}.
     */
    static ContainerImages of(String postgresBinaries, String kafka, String keycloak, String greenMail) {
        String[] parts = postgresBinaries.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a PostgreSQL binaries version: " + postgresBinaries);
        }
        return new ContainerImages("postgres:" + parts[0] + "." + parts[1], "apache/kafka:" + kafka,
                "quay.io/keycloak/keycloak:" + keycloak, "greenmail/standalone:" + greenMail);
    }
}
