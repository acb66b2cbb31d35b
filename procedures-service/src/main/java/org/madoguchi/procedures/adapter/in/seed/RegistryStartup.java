package org.madoguchi.procedures.adapter.in.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import org.madoguchi.procedures.application.port.in.DepartmentQueries;
import org.madoguchi.procedures.application.port.in.PublishedFiguresQueries;
import org.madoguchi.procedures.application.port.in.RecordPublishedOnlineCountCommand;
import org.madoguchi.procedures.application.port.in.RecordPublishedOnlineCountUseCase;
import org.madoguchi.procedures.application.port.in.RecordPublishedProgressCommand;
import org.madoguchi.procedures.application.port.in.RecordPublishedProgressCommand.PrintedRow;
import org.madoguchi.procedures.application.port.in.RecordPublishedProgressUseCase;
import org.madoguchi.procedures.application.port.in.RegisterDepartmentCommand;
import org.madoguchi.procedures.application.port.in.RegisterDepartmentUseCase;
import org.madoguchi.procedures.config.ProceduresConfig;
import org.madoguchi.procedures.domain.model.Actor;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FiscalYear;

import io.quarkus.runtime.StartupEvent;

/**
 * At start-up: loads the configured seed data (departments, printed figures) where it is missing, before
 * the search index is built from the database.
 */
@ApplicationScoped
class RegistryStartup {

    private static final Logger LOG = Logger.getLogger(RegistryStartup.class);
    private static final Actor SEED = Actor.system();

    private final ProceduresConfig config;
    private final RegisterDepartmentUseCase registerDepartment;
    private final DepartmentQueries departments;
    private final PublishedFiguresQueries published;
    private final RecordPublishedProgressUseCase recordProgress;
    private final RecordPublishedOnlineCountUseCase recordOnlineCount;

    RegistryStartup(ProceduresConfig config, RegisterDepartmentUseCase registerDepartment,
            DepartmentQueries departments, PublishedFiguresQueries published,
            RecordPublishedProgressUseCase recordProgress, RecordPublishedOnlineCountUseCase recordOnlineCount) {
        this.config = config;
        this.registerDepartment = registerDepartment;
        this.departments = departments;
        this.published = published;
        this.recordProgress = recordProgress;
        this.recordOnlineCount = recordOnlineCount;
    }

    void onStart(@Observes StartupEvent started) {
        if (config.seed().enabled()) {
            config.seed().departments().ifPresent(this::seedDepartments);
            config.seed().publishedProgress().ifPresent(this::seedPublishedProgress);
            config.seed().publishedOnlineCounts().ifPresent(this::seedPublishedOnlineCounts);
        }
    }

    private void seedDepartments(String location) {
        List<CSVRecord> records = read(location);
        int added = 0;
        for (int i = 0; i < records.size(); i++) {
            CSVRecord row = records.get(i);
            DepartmentCode code = new DepartmentCode(row.get("code").strip());
            boolean known = departments.all().stream().anyMatch(d -> d.code().equals(code));
            if (!known) {
                registerDepartment.register(RegisterDepartmentCommand.of(code.value(), row.get("name"),
                        row.get("name_en"), row.get("division"), (i + 1) * 10, SEED));
                added++;
            }
        }
        LOG.infof("Seed departments from %s: %d added, %d already known", location, added, records.size() - added);
    }

    private void seedPublishedProgress(String location) {
        Map<FiscalYear, List<CSVRecord>> byYear = new LinkedHashMap<>();
        for (CSVRecord row : read(location)) {
            byYear.computeIfAbsent(FiscalYear.parse(row.get("fiscal_year")), y -> new ArrayList<>()).add(row);
        }
        byYear.forEach((year, rows) -> {
            if (published.hasProgress(year)) {
                return;
            }
            List<PrintedRow> lines = new ArrayList<>();
            PrintedRow totals = null;
            for (CSVRecord row : rows) {
                PrintedRow line = new PrintedRow(row.get("department").strip(), count(row, "planned"),
                        count(row, "completed"), count(row, "revised"), row.get("contents"), row.get("note"));
                if (line.department().equals("計")) {
                    totals = line;
                } else {
                    lines.add(line);
                }
            }
            recordProgress.record(new RecordPublishedProgressCommand(year, lines, totals, SEED));
            LOG.infof("Seed printed progress table of %s (%s): %d lines", year.eraLabel(), year.gregorianLabel(),
                    lines.size());
        });
    }

    private void seedPublishedOnlineCounts(String location) {
        for (CSVRecord row : read(location)) {
            String label = row.get("label").strip();
            if (!published.hasOnlineCount(label)) {
                recordOnlineCount.record(new RecordPublishedOnlineCountCommand(label,
                        LocalDate.parse(row.get("as_of").strip()), count(row, "online_procedures"), row.get("note"),
                        SEED));
            }
        }
    }

    private static int count(CSVRecord row, String column) {
        String value = row.get(column).strip();
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    /** A seed CSV (UTF-8, header line) from a file, or else from the class path. */
    private static List<CSVRecord> read(String location) {
        try (InputStream in = open(location);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed data " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream resource = Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
        if (resource == null) {
            throw new IOException("no file or class-path resource " + location);
        }
        return resource;
    }
}
