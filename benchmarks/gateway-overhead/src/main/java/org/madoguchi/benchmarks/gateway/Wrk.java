package org.madoguchi.benchmarks.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator: {@code wrk} (Debian's package), a closed loop of keep-alive connections, run as a process of
 * its own and read from its report. wrk is far lighter than a JVM client, so more of the two cores is left to what
 * is measured.
 */
final class Wrk {

    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$");
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("^\\s+([0-9]+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("^\\s+Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("^\\s+Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    /** One run's figures; latencies in milliseconds. */
    record Result(double requestsPerSecond, long requests, double p50Ms, double p75Ms, double p90Ms, double p99Ms,
            long non2xx, long socketErrors) {

        String line() {
            return String.format(Locale.ROOT, "%,10.0f req/s  %,9d requests  p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms  non-2xx %d  socket errors %d",
                    requestsPerSecond, requests, p50Ms, p90Ms, p99Ms, non2xx, socketErrors);
        }
    }

    private Wrk() {
    }

    /** Fails at once with what to do when wrk is not installed. */
    static String requireInstalled() {
        try {
            Process version = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            version.waitFor(10, TimeUnit.SECONDS);
            return text.lines().findFirst().orElse("wrk");
        } catch (IOException notThere) {
            throw new IllegalStateException("wrk is not installed: on Debian or Ubuntu, apt-get install wrk", notThere);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result run(String url, int threads, int connections, Duration duration) {
        List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--timeout", "10s", "--latency", url);
        try {
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            String report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed: " + String.join(" ", command) + "\n" + report);
            }
            return parse(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result parse(String report) {
        double[] percentiles = new double[4];
        List<String> seen = new ArrayList<>();
        double rate = -1;
        long total = -1;
        long non2xx = 0;
        long socketErrors = 0;
        for (String line : report.split("\n")) {
            Matcher m;
            if ((m = PERCENTILE.matcher(line)).matches()) {
                int index = switch (m.group(1)) {
                    case "50" -> 0;
                    case "75" -> 1;
                    case "90" -> 2;
                    default -> 3;
                };
                percentiles[index] = milliseconds(Double.parseDouble(m.group(2)), m.group(3));
                seen.add(m.group(1));
            } else if ((m = RATE.matcher(line)).find()) {
                rate = Double.parseDouble(m.group(1));
            } else if ((m = TOTAL.matcher(line)).find()) {
                total = Long.parseLong(m.group(1));
            } else if ((m = NON_2XX.matcher(line)).find()) {
                non2xx = Long.parseLong(m.group(1));
            } else if ((m = SOCKET_ERRORS.matcher(line)).find()) {
                for (int g = 1; g <= 4; g++) {
                    socketErrors += Long.parseLong(m.group(g));
                }
            }
        }
        if (rate < 0 || total < 0 || seen.size() != 4) {
            throw new IllegalStateException("cannot read wrk's report:\n" + report);
        }
        return new Result(rate, total, percentiles[0], percentiles[1], percentiles[2], percentiles[3], non2xx,
                socketErrors);
    }

    private static double milliseconds(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
