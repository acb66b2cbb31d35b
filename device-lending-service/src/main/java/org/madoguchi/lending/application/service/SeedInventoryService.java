package org.madoguchi.lending.application.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.madoguchi.lending.application.port.out.Inventory;
import org.madoguchi.lending.application.port.out.SeedInventory;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceNumber;

/**
 * Operations, not a use case: at start, loads the seed inventory into an empty store; a store that has
 * sites is left as it is. No in-port exposes it.
 */
@ApplicationScoped
class SeedInventoryService {

    private static final Logger LOG = Logger.getLogger(SeedInventoryService.class);

    private final Inventory inventory;
    private final SeedInventory seed;

    SeedInventoryService(Inventory inventory, SeedInventory seed) {
        this.inventory = inventory;
        this.seed = seed;
    }

    @Transactional
    void onStart(@Observes Startup start) {
        int added = seed();
        if (added > 0) {
            LOG.infof("Inventory seeded: %d devices", added);
        }
    }

    /** Seeds an empty store; returns the number of devices added. */
    int seed() {
        List<SeedInventory.SiteSeed> sites = seed.sites();
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
}
