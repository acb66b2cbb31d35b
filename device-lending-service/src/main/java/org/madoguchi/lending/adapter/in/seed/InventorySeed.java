package org.madoguchi.lending.adapter.in.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import org.madoguchi.lending.application.port.in.ManageInventoryUseCase;
import org.madoguchi.lending.config.LendingConfig;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.Site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads the city's inventory (sites, managing departments, device numbers) from a CSV into an
 * empty database at start; a database that has sites is left as it is.
 */
@ApplicationScoped
class InventorySeed {

    private static final Logger LOG = Logger.getLogger(InventorySeed.class);

    private final ManageInventoryUseCase inventory;
    private final LendingConfig config;

    InventorySeed(ManageInventoryUseCase inventory, LendingConfig config) {
        this.inventory = inventory;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        config.seedInventory().ifPresent(path -> {
            int added = inventory.seed(read(path));
            if (added > 0) {
                LOG.infof("Inventory seeded from %s: %d devices", path, added);
            }
        });
    }

    static List<ManageInventoryUseCase.SiteSeed> read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("seed inventory not on the class path: " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                List<ManageInventoryUseCase.SiteSeed> sites = new ArrayList<>();
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    Site site = new Site(row.get("site_code"), row.get("site_name_ja"), row.get("site_name_en"),
                            row.get("managing_department"), row.get("managing_department_ja"));
                    List<DeviceNumber> devices = Arrays.stream(row.get("device_numbers").split(","))
                            .map(String::strip).map(DeviceNumber::new).toList();
                    sites.add(new ManageInventoryUseCase.SiteSeed(site, devices));
                }
                return sites;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed inventory " + path, e);
        }
    }
}
