package org.madoguchi.lending.application.port.out;

/** The {@link ReservationsContract} held against {@link InMemoryReservations}, the fake the use-case tests trust. */
class InMemoryReservationsTest extends ReservationsContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts(CITY);

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
