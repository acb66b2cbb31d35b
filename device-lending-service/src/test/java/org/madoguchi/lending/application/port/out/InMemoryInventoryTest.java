package org.madoguchi.lending.application.port.out;

/** The {@link InventoryContract} held against {@link InMemoryInventory}, the fake the use-case tests trust. */
class InMemoryInventoryTest extends InventoryContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts(CITY);

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
