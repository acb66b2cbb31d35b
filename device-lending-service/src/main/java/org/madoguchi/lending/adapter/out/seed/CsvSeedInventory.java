package org.madoguchi.lending.adapter.out.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.madoguchi.lending.application.port.out.SeedInventory;
import org.madoguchi.lending.config.LendingConfig;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;
import org.madoguchi.lending.domain.model.SiteCode;

/**
 * The city's inventory (sites, managing departments, device numbers) from the class-path CSV named by
 * {@code madoguchi.lending.seed-inventory}; none when it is not set.
 */
@ApplicationScoped
class CsvSeedInventory implements SeedInventory {

    private final LendingConfig config;

    CsvSeedInventory(LendingConfig config) {
        this.config = config;
    }

    @Override
    public List<SiteSeed> sites() {
        return config.seedInventory().map(CsvSeedInventory::read).orElse(List.of());
    }

    private static List<SiteSeed> read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("seed inventory not on the class path: " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                List<SiteSeed> sites = new ArrayList<>();
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    Site site = new Site(new SiteCode(row.get("site_code")), row.get("site_name_ja"), row.get("site_name_en"),
                            row.get("managing_department"), row.get("managing_department_ja"));
                    List<DeviceNumber> devices = Arrays.stream(row.get("device_numbers").split(","))
                            .map(String::strip).map(DeviceNumber::new).toList();
                    sites.add(new SiteSeed(site, devices));
                }
                return sites;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed inventory " + path, e);
        }
    }
}
