package org.madoguchi.lending.application.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.madoguchi.lending.application.port.out.Departments;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.SeedDepartments;
import org.madoguchi.lending.application.port.out.SeedInventory;
import org.madoguchi.lending.domain.model.Department;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;

/**
 * Operations, not a use case: at start, loads the seed inventory into an empty store (a store that has sites
 * is left as it is) and adds each seed department the directory does not know (a known one keeps its entry).
 * No in-port exposes it.
 */
@ApplicationScoped
class SeedDataService {

    private static final Logger LOG = Logger.getLogger(SeedDataService.class);

    private final Inventory inventory;
    private final SeedInventory seedInventory;
    private final Departments departments;
    private final SeedDepartments seedDepartments;

    SeedDataService(Inventory inventory, SeedInventory seedInventory, Departments departments,
                    SeedDepartments seedDepartments) {
        this.inventory = inventory;
        this.seedInventory = seedInventory;
        this.departments = departments;
        this.seedDepartments = seedDepartments;
    }

    @Transactional
    void onStart(@Observes Startup start) {
        int devices = seedInventory();
        if (devices > 0) {
            LOG.infof("Inventory seeded: %d devices", devices);
        }
        int added = seedDepartments();
        if (added > 0) {
            LOG.infof("Department directory seeded: %d departments added", added);
        }
    }

    /** Seeds an empty store; returns the number of devices added. */
    int seedInventory() {
        List<SeedInventory.SiteSeed> sites = seedInventory.sites();
        if (!inventory.sites().isEmpty()) {
            return 0;
        }
        int added = 0;
        for (SeedInventory.SiteSeed site : sites) {
            inventory.save(site.site());
            for (DeviceNumber number : site.devices()) {
                inventory.save(Device.register(number, site.site().code()));
                added++;
            }
        }
        return added;
    }

    /** Adds the seed's departments the directory lacks; returns how many were added. */
    int seedDepartments() {
        int added = 0;
        for (Department department : seedDepartments.departments()) {
            if (departments.addIfMissing(department)) {
                added++;
            }
        }
        return added;
    }
}
