package org.madoguchi.lending.adapter.out.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.madoguchi.lending.application.port.out.SeedDepartments;
import org.madoguchi.lending.application.port.out.SeedInventory;
import org.madoguchi.lending.config.LendingConfig;
import org.madoguchi.lending.domain.model.Department;
import org.madoguchi.lending.domain.model.DepartmentCode;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * The seed data from class-path CSVs (UTF-8, a header line): the city's inventory (sites, managing departments,
 * device numbers) named by {@code madoguchi.lending.seed-inventory}, and its departments (code, name, English
 * name; a copy of procedures-service's) named by {@code madoguchi.lending.seed-departments}; none of either
 * when its property is not set.
 */
@ApplicationScoped
class CsvSeedData implements SeedInventory, SeedDepartments {

    private final LendingConfig config;

    CsvSeedData(LendingConfig config) {
        this.config = config;
    }

    @Override
    public List<SiteSeed> sites() {
        return read(config.seedInventory(), "seed inventory", CsvSeedData::site);
    }

    @Override
    public List<Department> departments() {
        return read(config.seedDepartments(), "seed departments", CsvSeedData::department);
    }

    private static SiteSeed site(CSVRecord row) {
        Site site = new Site(new SiteCode(row.get("site_code")), row.get("site_name_ja"), row.get("site_name_en"),
                row.get("managing_department"), row.get("managing_department_ja"));
        List<DeviceNumber> devices = Arrays.stream(row.get("device_numbers").split(","))
                .map(String::strip).map(DeviceNumber::new).toList();
        return new SiteSeed(site, devices);
    }

    private static Department department(CSVRecord row) {
        String nameEn = row.get("name_en").strip();
        return new Department(new DepartmentCode(row.get("code").strip()), row.get("name").strip(),
                nameEn.isEmpty() ? null : nameEn);
    }

    private static <T> List<T> read(Optional<String> path, String what, Function<CSVRecord, T> line) {
        return path.map(p -> records(p, what).stream().map(line).toList()).orElse(List.of());
    }

    private static List<CSVRecord> records(String path, String what) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(what + " not on the class path: " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                         .parse(reader)) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + path, e);
        }
    }
}
