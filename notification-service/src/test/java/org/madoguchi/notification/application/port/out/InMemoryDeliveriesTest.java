package org.madoguchi.notification.application.port.out;

/** The {@link DeliveriesContract} held against {@link InMemoryDeliveries}, the fake the use-case tests trust. */
class InMemoryDeliveriesTest extends DeliveriesContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts();

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
