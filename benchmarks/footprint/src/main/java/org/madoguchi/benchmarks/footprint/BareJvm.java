package org.madoguchi.benchmarks.footprint;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The floor the services stand on: the same {@code java} with the same options, without Quarkus or any
 * application. How long {@code java -version} and an empty {@code main} take from process start to exit, and how
 * much a JVM that does nothing keeps resident.
 */
final class BareJvm {

    /** What the floor measurement found; times in seconds, memory in MiB. */
    record Floor(List<Double> versionSeconds, double versionMedianSeconds, List<Double> emptyMainSeconds,
            double emptyMainMedianSeconds, double idleRssMb) {
    }

    /** A program that does nothing: its JVM's start and exit are all there is to time. */
    public static final class EmptyMain {

        public static void main(String[] args) {
            // nothing: the JVM's start and exit are what is measured
        }
    }

    /** A program that waits, so that an idle JVM's resident memory can be read. */
    public static final class IdleMain {

        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }
    }

    private final String java;
    private final List<String> jvmOptions;
    private final Path classes;

    BareJvm(List<String> jvmOptions, Path classes) {
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.jvmOptions = jvmOptions;
        this.classes = classes;
    }

    Floor measure(int times, Duration idle) throws IOException, InterruptedException {
        List<Double> version = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            version.add(timed(List.of("-version")));
            empty.add(timed(List.of("-cp", classes.toString(), EmptyMain.class.getName())));
        }
        Process idler = start(List.of("-cp", classes.toString(), IdleMain.class.getName()));
        try {
            Thread.sleep(idle.toMillis());
            double rss = ResidentMemory.rssMb(idler.pid());
            return new Floor(version, Medians.of(version), empty, Medians.of(empty), rss);
        } finally {
            idler.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private double timed(List<String> arguments) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        Process process = start(arguments);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("java " + arguments + " did not end cleanly");
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    private Process start(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
