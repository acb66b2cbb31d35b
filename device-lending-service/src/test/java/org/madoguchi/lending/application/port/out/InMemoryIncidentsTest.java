package org.madoguchi.lending.application.port.out;

/** The {@link IncidentsContract} held against {@link InMemoryIncidents}, the fake the use-case tests trust. */
class InMemoryIncidentsTest extends IncidentsContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts(CITY);

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
