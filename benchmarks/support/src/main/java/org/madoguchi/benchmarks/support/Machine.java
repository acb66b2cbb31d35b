package org.madoguchi.benchmarks.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The facts of the machine a figure was measured on: cores, Java, the load average when the run began (other work
 * on a shared machine shows here), when.
 */
public record Machine(int cores, String javaVersion, String os, String loadAverageAtStart, long physicalMemoryMb,
        String at) {

    public static Machine now() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize() / 1024 / 1024;
        }
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), currentLoadAverage(), memory,
                Instant.now().toString());
    }

    /** {@code /proc/loadavg}'s 1, 5 and 15 minute averages, or the JVM's 1 minute one elsewhere. */
    public static String currentLoadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
