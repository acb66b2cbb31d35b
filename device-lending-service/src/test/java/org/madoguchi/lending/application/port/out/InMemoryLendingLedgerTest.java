package org.madoguchi.lending.application.port.out;

/** The {@link LendingLedgerContract} held against {@link InMemoryLendingLedger}, the fake the use-case tests trust. */
class InMemoryLendingLedgerTest extends LendingLedgerContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts(CITY);

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
