package org.madoguchi.benchmarks.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one summary of a {@code benchmarks/run}: {@code benchmarks/target/summary.md} and {@code summary.json}, one
 * section per scenario in the order run, each with how it ended, how long it took, the headline lines it printed
 * (its ceiling, result, sustained rate, proof) and links to its own Markdown, JSON and plots and to its console log.
 * <p>
 * Arguments: the run's manifest (one tab-separated line per module run: scenario, title, module directory, exit code,
 * seconds, console log), the directory to write into, the total seconds, the load average at the start.
 */
public final class CombinedSummary {

    /** The lines of a console log that carry a module's figures, or the failure that ended it. */
    private static final Pattern HEADLINE = Pattern.compile("^(CEILING|RESULT|SUSTAINED|LOAD|PROOF|P99 at|SERVICE|FLOOR"
            + "|BURST|indexing:|two-word|the same, as the public|reading in hiragana|one word|one change|ceiling:"
            + "|WARNING|machine:|[a-z]+(\\.[a-zA-Z0-9_$]+)+(Exception|Error)\\b).*");

    /** One module's part of the run. */
    public record Part(String scenario, String title, String module, int exitCode, double seconds, String log,
            List<String> headlines, List<String> files) {
    }

    /** Everything {@code summary.json} holds. */
    public record Summary(String benchmark, Machine machine, String loadAverageAtEnd, double totalSeconds,
            List<Part> parts) {
    }

    private CombinedSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path manifest = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        double total = Double.parseDouble(args[2]);
        String loadAtStart = args.length > 3 ? args[3] : Machine.currentLoadAverage();
        Machine now = Machine.now();
        Machine machine = new Machine(now.cores(), now.javaVersion(), now.os(), loadAtStart, now.physicalMemoryMb(),
                now.at());
        List<Part> parts = new ArrayList<>();
        for (String row : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (row.isBlank()) {
                continue;
            }
            String[] f = row.split("\t");
            Path module = Path.of(f[2]);
            Path log = Path.of(f[5]);
            parts.add(new Part(f[0], f[1], out.getParent().relativize(module).toString(), Integer.parseInt(f[3]),
                    Double.parseDouble(f[4]), out.relativize(log).toString(), headlines(log), files(log, out)));
        }
        Summary summary = new Summary("benchmarks/run", machine, Machine.currentLoadAverage(), total, parts);
        SummaryFiles.write(out, "summary", markdown(summary), summary);
        System.out.println("summary: " + out.resolve("summary.md") + ", " + out.resolve("summary.json"));
    }

    private static List<String> headlines(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> HEADLINE.matcher(line).matches()).toList();
    }

    /**
     * The files the module named on its last {@code summary: <md>, <json>[, <png>]} line, relative to the combined
     * summary; none when it ended before writing them.
     */
    private static List<String> files(Path log, Path out) throws IOException {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("summary: ")) {
                named.clear();
                for (String file : line.substring("summary: ".length()).split(",\\s*")) {
                    Path path = Path.of(file.strip());
                    if (Files.isRegularFile(path)) {
                        named.add(out.relativize(path.toAbsolutePath()).toString());
                    }
                }
            }
        }
        return named;
    }

    private static String markdown(Summary s) {
        StringBuilder md = new StringBuilder(BenchmarkRun.summaryHeading("The suite's benchmarks: one run",
                s.machine(), s.loadAverageAtEnd()));
        md.append(String.format(Locale.ROOT, "- total: %.0f s (%.1f min) for %d module runs%n%n", s.totalSeconds(),
                s.totalSeconds() / 60, s.parts().size()));
        md.append("| scenario | what | module | ended | time | summary and plots |\n|---|---|---|---|---:|---|\n");
        for (Part p : s.parts()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %s | %.0f s | %s |%n", p.scenario(), p.title(),
                    p.module(), p.exitCode() == 0 ? "ok" : "**FAILED (exit " + p.exitCode() + ")**", p.seconds(),
                    links(p)));
        }
        for (Part p : s.parts()) {
            md.append("\n## ").append(p.scenario()).append(". ").append(p.title()).append("\n\n");
            for (String file : p.files()) {
                if (file.endsWith(".png")) {
                    md.append("![").append(file).append("](").append(file).append(")\n\n");
                }
            }
            md.append("```\n");
            p.headlines().forEach(line -> md.append(line).append('\n'));
            md.append("```\n\nconsole log: [").append(p.log()).append("](").append(p.log()).append(")\n");
        }
        return md.toString();
    }

    private static String links(Part p) {
        List<String> links = new ArrayList<>();
        for (String file : p.files()) {
            links.add("[" + Path.of(file).getFileName() + "](" + file + ")");
        }
        return links.isEmpty() ? "–" : String.join(", ", links);
    }
}
