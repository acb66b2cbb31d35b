package org.madoguchi.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The working copy the tests read: the manifests, the Compose file and each service's own configuration. */
final class Repository {

    /** The root of the working copy: {@code madoguchi.home} (set by the module's pom), else two levels up. */
    static final Path HOME = Path.of(System.getProperty("madoguchi.home", "../..")).toAbsolutePath().normalize();
    static final Path K8S = HOME.resolve("deploy/k8s");
    static final Path BASE = K8S.resolve("base");
    static final Path COMPOSE = HOME.resolve("deploy/compose");

    private Repository() {
    }

    static Path overlay(String name) {
        return K8S.resolve("overlays").resolve(name);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
