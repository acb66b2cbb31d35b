package org.madoguchi.lending.application.port.out;

/** The {@link MaintenanceLogContract} held against {@link InMemoryMaintenanceLog}, the fake the use-case tests trust. */
class InMemoryMaintenanceLogTest extends MaintenanceLogContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts(CITY);

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
