package org.madoguchi.benchmarks.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A process's resident memory as Linux reports it in {@code /proc/<pid>/status}: {@code VmRSS} (resident now) and
 * {@code VmHWM} (the most it was resident since it started), in MiB.
 */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** {@code VmRSS} in MiB, or -1 when the process is gone. */
    static double rssMb(long pid) {
        return field(pid, "VmRSS:");
    }

    /** {@code VmHWM} in MiB, or -1 when the process is gone. */
    static double peakMb(long pid) {
        return field(pid, "VmHWM:");
    }

    private static double field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    // "VmRSS:	  123456 kB"
                    return Long.parseLong(line.substring(name.length()).replace("kB", "").strip()) / 1024.0;
                }
            }
            return -1;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** Reads {@code VmRSS} every {@code everyMillis} until closed and keeps the largest reading. */
    static final class Sampler implements AutoCloseable {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicLong largestKb = new AtomicLong(-1);

        Sampler(long pid, long everyMillis) {
            timer.scheduleAtFixedRate(() -> largestKb.accumulateAndGet(Math.round(rssMb(pid) * 1024), Math::max), 0,
                    everyMillis, TimeUnit.MILLISECONDS);
        }

        double largestMb() {
            return largestKb.get() / 1024.0;
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
