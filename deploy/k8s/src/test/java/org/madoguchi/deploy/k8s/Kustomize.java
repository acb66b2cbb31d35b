package org.madoguchi.deploy.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a Kustomize directory with {@code kubectl kustomize}, as {@code kubectl apply -k} would apply it. Each
 * directory is rendered once per test JVM.
 */
final class Kustomize {

    private static final Map<Path, Rendered> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The objects of one overlay of {@code deploy/k8s/overlays}. */
    static Rendered overlay(String name) {
        return render(Repository.overlay(name));
    }

    static Rendered render(Path directory) {
        return RENDERED.computeIfAbsent(directory.toAbsolutePath().normalize(), d -> Rendered.of(d.toString(), kustomize(d)));
    }

    /** The multi-document YAML {@code kubectl kustomize} prints for the directory. */
    static String kustomize(Path directory) {
        ProcessBuilder command = new ProcessBuilder("kubectl", "kustomize", directory.toString()).redirectErrorStream(false);
        Process process;
        try {
            process = command.start();
        } catch (IOException e) {
            throw new AssertionError("""
                    kubectl is needed to render the Kustomize overlays of deploy/k8s (kubectl kustomize), and it could not \
                    be started: %s. Install kubectl (any version with Kustomize 5, e.g. the kubectl package of your \
                    distribution) and put it on the PATH, then run the build again.""".formatted(e.getMessage()), e);
        }
        try {
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + directory + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed (exit " + process.exitValue() + "):\n"
                        + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read what kubectl kustomize printed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while kubectl kustomize ran", e);
        }
    }
}
