package org.madoguchi.benchmarks.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where the machine's CPU went during a step: the service's JVM, this JVM (the load driver and, in process, the
 * Kafka broker), the PostgreSQL server's processes, and the whole machine (which also shows other work on a shared
 * machine). Tells what limits a rate: a service using both cores is CPU-bound; an idle one waits on something.
 */
public final class CpuMeter {

    private final long servicePid;
    private final ProcessHandle postmaster;

    /**
     * @param servicePid the service's JVM
     * @param postmaster the PostgreSQL server's main process, whose children are the backends; or {@code null}
     */
    public CpuMeter(long servicePid, ProcessHandle postmaster) {
        this.servicePid = servicePid;
        this.postmaster = postmaster;
    }

    /** One reading of the counters. */
    public record Sample(long wallNanos, long serviceCpuNanos, long driverCpuNanos, long postgresCpuNanos,
            long machineBusyTicks, long machineTotalTicks) {
    }

    /** CPU used between two readings, in cores (1.0 = one core busy all the time) and the machine's busy share. */
    public record Usage(double serviceCores, double driverCores, double postgresCores, double machineBusyPercent) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "service %.2f, driver+Kafka %.2f, PostgreSQL %.2f cores; machine %.0f%% busy",
                    serviceCores, driverCores, postgresCores, machineBusyPercent);
        }
    }

    public Sample sample() {
        long[] machine = machineTicks();
        return new Sample(System.nanoTime(), cpuOf(ProcessHandle.of(servicePid).orElse(null)), driverCpu(),
                postgresCpu(), machine[0], machine[1]);
    }

    public static Usage between(Sample from, Sample to) {
        double wall = Math.max(1, to.wallNanos() - from.wallNanos());
        long total = to.machineTotalTicks() - from.machineTotalTicks();
        return new Usage((to.serviceCpuNanos() - from.serviceCpuNanos()) / wall,
                (to.driverCpuNanos() - from.driverCpuNanos()) / wall,
                Math.max(0, to.postgresCpuNanos() - from.postgresCpuNanos()) / wall,
                total <= 0 ? 0 : 100.0 * (to.machineBusyTicks() - from.machineBusyTicks()) / total);
    }

    private static long driverCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** The PostgreSQL server and its live backends and workers (a backend that ended in between is not counted). */
    private long postgresCpu() {
        if (postmaster == null) {
            return 0;
        }
        return cpuOf(postmaster) + postmaster.descendants().mapToLong(CpuMeter::cpuOf).sum();
    }

    private static long cpuOf(ProcessHandle process) {
        if (process == null) {
            return 0;
        }
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Busy and total ticks of all CPUs from {@code /proc/stat}; zeros where there is none. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] { total - idle, total };
        } catch (IOException | RuntimeException e) {
            return new long[] { 0, 0 };
        }
    }
}
