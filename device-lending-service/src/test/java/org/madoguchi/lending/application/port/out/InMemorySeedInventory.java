package org.madoguchi.lending.application.port.out;

import java.util.List;

/** {@link SeedInventory} in memory: the sites it is given. */
public final class InMemorySeedInventory implements SeedInventory {

    private final List<SiteSeed> sites;

    public InMemorySeedInventory(List<SiteSeed> sites) {
        this.sites = List.copyOf(sites);
    }

    @Override
    public List<SiteSeed> sites() {
        return sites;
    }
}
