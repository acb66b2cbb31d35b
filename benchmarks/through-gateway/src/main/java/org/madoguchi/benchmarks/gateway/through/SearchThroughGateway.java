package org.madoguchi.benchmarks.gateway.through;

import static org.madoguchi.benchmarks.support.BenchmarkRun.out;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.madoguchi.benchmarks.support.BenchmarkRun;
import org.madoguchi.benchmarks.support.CpuMeter;
import org.madoguchi.benchmarks.support.LatencySummary;
import org.madoguchi.benchmarks.support.Machine;
import org.madoguchi.benchmarks.support.RatePlot;
import org.madoguchi.benchmarks.support.SummaryFiles;
import org.madoguchi.devstack.PostgresServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scenario 4 of the suite's benchmarks: Japanese search over 100,000 procedures <b>through the gateway</b>. The
 * packaged procedures-service and gateway trusting the run's Keycloak; the registry loaded through the service's own
 * bulk path, the CSV import ({@code POST /api/v1/procedures/import} through the gateway, with the token of the
 * realm's sample procedure administrator, {@code bench.imported} procedures in files of {@code bench.import-rows}
 * lines), searchable once the service's own events have refreshed its index; the rest up to {@code bench.procedures}
 * copied from those rows by SQL into the service's table, read by the service the way it reads every procedure at
 * start, when it rebuilds its index from its database (the import takes some 25 ms a row on this machine, so
 * 100,000 through it would take the run's whole time). Then the
 * public's search ({@code GET /api/v1/procedures?q=…}, no token), kanji queries ("住民票 申請") and kana queries
 * (the reading of a subject in hiragana, "じゅうみんひょう") taking turns, offered at each rate of
 * {@code bench.search-rates} (open loop), directly to procedures-service and through the gateway in turn, with
 * p50/p95/p99/max of each kind and where the CPU went, beside the in-process figure of {@code procedures-search} (the
 * index alone, one query at a time, no HTTP) when its summary is there. Writes {@code search-through-gateway.md},
 * {@code .json} and {@code .png} under {@code target/}.
 */
public final class SearchThroughGateway {

    private static final String NAME = "search-through-gateway";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchThroughGateway() {
    }

    record Settings(Path home, Path target, Path keycloakZip, List<Integer> rates, Duration step, Duration warmup,
            int reportRate, double p99TargetMs, int procedures, int imported, int importRows, int pool,
            String postgres, Path inProcessSummary, String serviceJvm) {

        static Settings fromSystemProperties() {
            Path target = Path.of(property("bench.target", "target")).toAbsolutePath().normalize();
            return new Settings(Path.of(property("bench.home", ".")).toAbsolutePath().normalize(), target,
                    Path.of(property("bench.keycloak-zip", target.resolve("dist/keycloak-quarkus-dist.zip").toString())),
                    Arrays.stream(property("bench.search-rates", "100,200,400").split(",")).map(String::strip)
                            .map(Integer::parseInt).toList(),
                    Duration.ofSeconds(Long.parseLong(property("bench.step-seconds", "20"))),
                    Duration.ofSeconds(Long.parseLong(property("bench.warmup-seconds", "20"))),
                    Integer.parseInt(property("bench.report-rate", "200")),
                    Double.parseDouble(property("bench.p99-target-ms", "10")),
                    Integer.parseInt(property("bench.procedures", "100000")),
                    Integer.parseInt(property("bench.imported", "2000")),
                    Integer.parseInt(property("bench.import-rows", "1000")),
                    Integer.parseInt(property("bench.pool", "20")), property("bench.postgres", "durable"),
                    Path.of(property("bench.in-process-summary",
                            target.resolve("../../procedures-search/target/procedures-search.json").toString()))
                            .normalize(),
                    property("bench.service-jvm", "-Xmx512m"));
        }

        private static String property(String name, String fallback) {
            return SubmissionsThroughGateway.Settings.property(name, fallback);
        }
    }

    /** One rate on one path, with where the CPU went. */
    record MeasuredStep(String path, Searches.Step result, CpuMeter.Usage cpu, Double gatewayCores) {
    }

    /** How the registry was loaded. */
    record Load(int files, int rows, int registered, double importSeconds, double importedSearchableSeconds,
            long copied, double copySeconds, double restartSeconds, long searchableTotal) {
    }

    record Summary(String benchmark, Machine machine, Settings settings, String postgres, Load load,
            Map<String, String> examples, List<MeasuredStep> steps, Double gatewayP99AtReportRateMs,
            Double directP99AtReportRateMs, JsonNode inProcess, long serviceErrorLogLines, long gatewayErrorLogLines,
            String loadAverageAtEnd) {
    }

    public static void main(String[] args) {
        BenchmarkRun.exit(SearchThroughGateway::run);
    }

    private static void run() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Machine machine = BenchmarkRun.header("scenario 4: Japanese search over " + settings.procedures()
                + " procedures through the gateway");
        try (GatewayStack suite = GatewayStack.start(settings.home(), settings.target(), settings.keycloakZip(),
                settings.postgres(), settings.serviceJvm(), settings.pool(),
                List.of(new GatewayStack.Service("procedures", "procedures-service", "procedures")));
             SampleTokens admins = SampleTokens.of(settings.home().resolve(GatewayStack.REALM_FILE), suite.issuer(),
                     "procedure-admin")) {
            String direct = suite.directBase("procedures");
            String gateway = suite.gatewayBase();
            ProcedureRegistry registry = ProcedureRegistry.readWith(direct);
            out("readings of the vocabulary from the service's furigana endpoint, e.g. 住民票 → %s",
                    registry.reading("住民票"));
            Load load = load(registry, settings, direct, gateway, admins, suite);

            Random random = new Random(20221231L);
            List<String> kanji = new ArrayList<>();
            List<String> kana = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String subject = ProcedureRegistry.SUBJECTS[random.nextInt(ProcedureRegistry.SUBJECTS.length)];
                String action = ProcedureRegistry.ACTIONS[random.nextInt(ProcedureRegistry.ACTIONS.length)];
                kanji.add(subject + " " + action);
                kana.add(registry.reading(subject));
            }
            List<Searches.Kind> kinds = List.of(new Searches.Kind("kanji", kanji), new Searches.Kind("kana", kana));
            Map<String, String> examples = new LinkedHashMap<>();
            examples.put("kanji", kanji.get(0) + " → " + requireSameAnswer(direct, gateway, kanji.get(0)));
            examples.put("kana", kana.get(0) + " → " + requireSameAnswer(direct, gateway, kana.get(0)));
            out("queries: kanji, e.g. %s; kana, e.g. %s (taking turns, 500 of each)", examples.get("kanji"),
                    examples.get("kana"));

            Searches directSearches = new Searches(direct, kinds, 1000, Duration.ofSeconds(10));
            Searches gatewaySearches = new Searches(gateway, kinds, 1000, Duration.ofSeconds(10));
            int warmRate = settings.rates().get(0);
            for (Searches warming : List.of(directSearches, gatewaySearches)) {
                Searches.Step warm = warming.offer(warmRate, settings.warmup());
                out("warm-up %s: %d/s for %d s, %,d answered, %,d errors (not counted)",
                        warming == directSearches ? "direct" : "gateway", warmRate, settings.warmup().toSeconds(),
                        warm.answered(), warm.errors());
            }

            CpuMeter serviceMeter = suite.meter("procedures");
            CpuMeter gatewayMeter = suite.gatewayMeter();
            List<MeasuredStep> steps = new ArrayList<>();
            for (int rate : settings.rates()) {
                steps.add(measure("direct", directSearches, rate, settings, serviceMeter, null));
                steps.add(measure("gateway", gatewaySearches, rate, settings, serviceMeter, gatewayMeter));
            }
            Double gatewayP99 = p99At(steps, "gateway", settings.reportRate());
            Double directP99 = p99At(steps, "direct", settings.reportRate());
            JsonNode inProcess = Files.isRegularFile(settings.inProcessSummary())
                    ? JSON.readTree(settings.inProcessSummary().toFile()) : null;
            long serviceErrors = suite.service("procedures").logLinesContaining(" ERROR ");
            long gatewayErrors = suite.gateway().logLinesContaining(" ERROR ");
            String loadAtEnd = Machine.currentLoadAverage();

            out("");
            out("CEILING in process (procedures-search, the index alone, no HTTP): %s", inProcessLine(inProcess));
            out("RESULT at %d queries/s: p99 through the gateway %s (target < %.0f ms: %s), direct %s",
                    settings.reportRate(), ms(gatewayP99), settings.p99TargetMs(),
                    gatewayP99 != null && gatewayP99 < settings.p99TargetMs() ? "MET" : "MISSED", ms(directP99));
            out("logs: procedures-service %d ERROR lines, gateway %d; load average at end %s", serviceErrors,
                    gatewayErrors, loadAtEnd);
            Summary summary = new Summary(NAME, machine, settings, suite.stack().postgresDurability(), load, examples,
                    steps, gatewayP99, directP99, inProcess, serviceErrors, gatewayErrors, loadAtEnd);
            Path plot = RatePlot.write(settings.target().resolve(NAME + ".png"),
                    "Japanese search over " + String.format(Locale.ROOT, "%,d", load.searchableTotal())
                            + " procedures: direct and through the gateway", "queries",
                    List.of(line(steps, "direct"), line(steps, "gateway")), settings.p99TargetMs());
            Path[] files = SummaryFiles.write(settings.target(), NAME, markdown(summary), summary);
            out("summary: %s, %s, %s", files[0], files[1], plot);
        }
    }

    /**
     * Loads the registry: {@code bench.imported} procedures through the service's CSV import (through the gateway),
     * waited for until its own events have put them in its index; the rest up to {@code bench.procedures} copied from
     * those rows by SQL into the service's own table (new ids and codes, the same names, readings, departments,
     * descriptions and statuses), then the service restarted, which rebuilds its index from its database at every
     * start; waited for until staff's empty query counts them all.
     */
    private static Load load(ProcedureRegistry registry, Settings settings, String direct, String gateway,
            SampleTokens admins, GatewayStack suite) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long before = total(client, direct, admins);
        List<String> files = registry.csvFiles(Math.min(settings.imported(), settings.procedures()),
                settings.importRows(), 20261201L);
        long importing = System.nanoTime();
        int rows = 0;
        int registered = 0;
        for (int i = 0; i < files.size(); i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(gateway
                            + "/api/v1/procedures/import")).timeout(Duration.ofMinutes(10))
                    .header("Content-Type", "text/csv; charset=UTF-8").header("Accept-Language", "en")
                    .header("Authorization", "Bearer " + admins.forRequest(0))
                    .POST(HttpRequest.BodyPublishers.ofString(files.get(i), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("import " + (i + 1) + " answered " + response.statusCode() + ": "
                        + cut(response.body()));
            }
            JsonNode report = JSON.readTree(response.body());
            rows += report.path("rows").asInt();
            registered += report.path("registered").asInt();
            out("import %d of %d through the gateway: %s in %.1f s", i + 1, files.size(), response.body(),
                    (System.nanoTime() - started) / 1e9);
        }
        double importSeconds = (System.nanoTime() - importing) / 1e9;
        long importedSearchable = awaitSearchable(client, direct, admins, before + registered);
        double importedSearchableSeconds = (System.nanoTime() - importing) / 1e9;
        out("LOAD %,d procedures imported (%,d registered) in %d CSV imports through the gateway in %.1f s (%,.1f"
                + " rows/s); %,d searchable %.1f s after the first import began (the service's events refresh its"
                + " index)", rows, registered, files.size(), importSeconds, rows / importSeconds, importedSearchable,
                importedSearchableSeconds);

        long copied = Math.max(0, settings.procedures() - rows);
        double copySeconds = 0;
        double restartSeconds = 0;
        if (copied > 0) {
            long copying = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(suite.stack().postgres().jdbcUrl("procedures"),
                    PostgresServer.USER, PostgresServer.PASSWORD);
                 PreparedStatement copy = connection.prepareStatement("""
                         insert into procedure (id, code, name, kana, department_code, category, description, status,
                                                fiscal_year, status_on, version, updated_at)
                         select gen_random_uuid(), 'C-' || lpad(n::text, 7, '0'), t.name, t.kana, t.department_code,
                                t.category, t.description, t.status, t.fiscal_year, t.status_on, 0, now()
                         from generate_series(1, ?) n
                         join (select row_number() over (order by code) - 1 as i, p.*
                               from procedure p where code like 'B-%') t on t.i = n % ?""")) {
                copy.setLong(1, copied);
                copy.setLong(2, registered);
                copied = copy.executeUpdate();
            }
            copySeconds = (System.nanoTime() - copying) / 1e9;
            out("LOAD %,d more procedures copied from the imported ones by SQL into the service's table in %.1f s;"
                    + " restarting procedures-service, which rebuilds its index from its database at start", copied,
                    copySeconds);
            restartSeconds = suite.restart("procedures", Duration.ofMinutes(15));
        }
        long searchable = awaitSearchable(client, direct, admins, before + registered + copied);
        out("LOAD all %,d procedures searchable (procedures-service ready %.1f s after its restart)", searchable,
                restartSeconds);
        return new Load(files.size(), rows, registered, importSeconds, importedSearchableSeconds, copied, copySeconds,
                restartSeconds, searchable);
    }

    private static long awaitSearchable(HttpClient client, String direct, SampleTokens admins, long expected)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long searchable = total(client, direct, admins);
        while (searchable < expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
            searchable = total(client, direct, admins);
        }
        if (searchable < expected) {
            throw new IllegalStateException("the index holds " + searchable + " procedures of " + expected
                    + " after 10 minutes");
        }
        return searchable;
    }

    /** How many procedures staff find with an empty query (every one the index holds). */
    private static long total(HttpClient client, String direct, SampleTokens admins) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(direct
                        + "/api/v1/procedures?size=1")).header("Authorization", "Bearer " + admins.forRequest(0))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/procedures answered " + response.statusCode() + ": "
                    + cut(response.body()));
        }
        return JSON.readTree(response.body()).path("total").asLong();
    }

    /** Both paths must answer 200 with the same number of matches, or the comparison means nothing. */
    private static String requireSameAnswer(String direct, String gateway, String query) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> a = client.send(HttpRequest.newBuilder(URI.create(direct + Searches.path(query))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> b = client.send(HttpRequest.newBuilder(URI.create(gateway + Searches.path(query))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        long total = a.statusCode() == 200 ? JSON.readTree(a.body()).path("total").asLong() : -1;
        long totalThrough = b.statusCode() == 200 ? JSON.readTree(b.body()).path("total").asLong() : -2;
        if (a.statusCode() != 200 || b.statusCode() != 200 || total != totalThrough) {
            throw new IllegalStateException("direct and gateway answers to " + query + " differ: "
                    + a.statusCode() + " / " + b.statusCode() + "\n" + cut(a.body()) + "\n---\n" + cut(b.body()));
        }
        return String.format(Locale.ROOT, "%,d public matches on both paths", total);
    }

    private static MeasuredStep measure(String path, Searches searches, int rate, Settings settings, CpuMeter service,
            CpuMeter gateway) throws InterruptedException {
        CpuMeter.Sample before = service.sample();
        CpuMeter.Sample gatewayBefore = gateway == null ? null : gateway.sample();
        Searches.Step step = searches.offer(rate, settings.step());
        CpuMeter.Usage used = CpuMeter.between(before, service.sample());
        Double gatewayCores = gateway == null ? null : CpuMeter.between(gatewayBefore, gateway.sample()).serviceCores();
        LatencySummary l = step.latency();
        out("%-7s RATE offered %4d/s  achieved %6.1f/s  answered %,6d  errors %,d%s  p50 %6.2f ms  p95 %6.2f ms  p99"
                + " %7.2f ms  max %7.2f ms", path, rate, step.achievedPerSecond(), step.answered(), step.errors(),
                step.errorsByKind().isEmpty() ? "" : " " + step.errorsByKind(), l.p50Ms(), l.p95Ms(), l.p99Ms(),
                l.maxMs());
        step.byKind().forEach((kind, k) -> out("        %-5s p50 %6.2f ms  p95 %6.2f ms  p99 %7.2f ms  max %7.2f ms",
                kind, k.p50Ms(), k.p95Ms(), k.p99Ms(), k.maxMs()));
        out("        cpu: procedures-service %.2f%s, driver+Kafka %.2f, PostgreSQL %.2f cores; machine %.0f%% busy",
                used.serviceCores(), gatewayCores == null ? "" : String.format(Locale.ROOT, ", gateway %.2f",
                        gatewayCores), used.driverCores(), used.postgresCores(), used.machineBusyPercent());
        return new MeasuredStep(path, step, used, gatewayCores);
    }

    private static Double p99At(List<MeasuredStep> steps, String path, int rate) {
        return steps.stream().filter(s -> s.path().equals(path) && s.result().offeredPerSecond() == rate)
                .map(s -> s.result().latency().p99Ms()).findFirst().orElse(null);
    }

    private static RatePlot.Line line(List<MeasuredStep> steps, String path) {
        return new RatePlot.Line(path, steps.stream().filter(s -> s.path().equals(path))
                .map(s -> new RatePlot.Point(s.result().offeredPerSecond(), s.result().achievedPerSecond(),
                        s.result().latency().p99Ms())).toList());
    }

    private static String inProcessLine(JsonNode inProcess) {
        if (inProcess == null) {
            return "not measured (run procedures-search first: benchmarks/run does)";
        }
        JsonNode queries = inProcess.path("queries");
        return String.format(Locale.ROOT, "%,d procedures; two-word kanji p50 %.2f ms, p99 %.2f ms; as the public p50"
                + " %.2f ms, p99 %.2f ms; kana p50 %.2f ms, p99 %.2f ms (at %s)", inProcess.path("procedures").asLong(),
                queries.path("twoWords").path("p50Ms").asDouble(), queries.path("twoWords").path("p99Ms").asDouble(),
                queries.path("twoWordsPublic").path("p50Ms").asDouble(),
                queries.path("twoWordsPublic").path("p99Ms").asDouble(), queries.path("kana").path("p50Ms").asDouble(),
                queries.path("kana").path("p99Ms").asDouble(), inProcess.path("at").asText());
    }

    private static String ms(Double value) {
        return value == null ? "not measured" : String.format(Locale.ROOT, "%.2f ms", value);
    }

    private static String cut(String text) {
        return text.length() > 800 ? text.substring(0, 800) + " …" : text;
    }

    private static String markdown(Summary s) {
        StringBuilder md = new StringBuilder(BenchmarkRun.summaryHeading(
                "Scenario 4: Japanese search through the gateway: benchmark run", s.machine(), s.loadAverageAtEnd()));
        Load load = s.load();
        md.append("- PostgreSQL: ").append(s.postgres()).append("; Kafka in the benchmark's JVM; Keycloak for the"
                + " import's token (procedure administrator); the queries are the public's, without a token\n");
        md.append(String.format(Locale.ROOT, "- **load**: %,d procedures through the service's CSV import (`POST"
                + " /api/v1/procedures/import` through the gateway, procedure administrator's token, %d files of %,d"
                + " lines) in %.1f s (%,.1f rows/s), searchable %.1f s after the first import began (the service's"
                + " events refresh its index); %,d more copied from them by SQL into the service's `procedure` table"
                + " in %.1f s (new ids and codes, the same texts and statuses), then procedures-service restarted,"
                + " which rebuilds its index from its database at every start (ready after %.1f s); **%,d"
                + " procedures searchable**%n", load.rows(), load.files(), s.settings().importRows(),
                load.importSeconds(), load.rows() / load.importSeconds(), load.importedSearchableSeconds(),
                load.copied(), load.copySeconds(), load.restartSeconds(), load.searchableTotal()));
        md.append("- queries, taking turns: kanji `").append(s.examples().get("kanji")).append("`; kana `")
                .append(s.examples().get("kana")).append("`\n");
        md.append("- **in process** (`procedures-search`, the index alone, one query at a time): ")
                .append(inProcessLine(s.inProcess())).append('\n');
        md.append(String.format(Locale.ROOT, "- **p99 at %d queries/s: through the gateway %s** (target < %.0f ms),"
                + " direct %s%n%n", s.settings().reportRate(), ms(s.gatewayP99AtReportRateMs()),
                s.settings().p99TargetMs(), ms(s.directP99AtReportRateMs())));
        md.append("![throughput and p99 against the offered rate](" + NAME + ".png)\n\n");
        md.append("| path | offered/s | achieved/s | answered | errors | p50 ms | p95 ms | p99 ms | max ms | kanji p50 /"
                + " p99 ms | kana p50 / p99 ms | CPU (cores) service / gateway / driver+Kafka / PostgreSQL, machine"
                + " busy |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (MeasuredStep m : s.steps()) {
            Searches.Step r = m.result();
            LatencySummary kanji = r.byKind().get("kanji");
            LatencySummary kana = r.byKind().get("kana");
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %,d | %,d%s | %.2f | %.2f | %.2f | %.2f | %.2f /"
                    + " %.2f | %.2f / %.2f | %.2f / %s / %.2f / %.2f, %.0f%% |%n", m.path(), r.offeredPerSecond(),
                    r.achievedPerSecond(), r.answered(), r.errors(), r.errorsByKind().isEmpty() ? "" : " "
                            + r.errorsByKind(), r.latency().p50Ms(), r.latency().p95Ms(), r.latency().p99Ms(),
                    r.latency().maxMs(), kanji.p50Ms(), kanji.p99Ms(), kana.p50Ms(), kana.p99Ms(),
                    m.cpu().serviceCores(), m.gatewayCores() == null ? "–"
                            : String.format(Locale.ROOT, "%.2f", m.gatewayCores()), m.cpu().driverCores(),
                    m.cpu().postgresCores(), m.cpu().machineBusyPercent()));
        }
        md.append("\nOpen loop: latency runs from when a query was due, so a slowed service or driver is counted. Through"
                + " the gateway every anonymous query also takes a token from the caller's rate-limit bucket (one"
                + " address, so one bucket row) in the gateway's database. ERROR lines: procedures-service ")
                .append(s.serviceErrorLogLines()).append(", gateway ").append(s.gatewayErrorLogLines()).append(".\n");
        return md.toString();
    }
}
