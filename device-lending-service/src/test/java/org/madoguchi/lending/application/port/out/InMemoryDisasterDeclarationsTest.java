package org.madoguchi.lending.application.port.out;

/** The {@link DisasterDeclarationsContract} held against {@link InMemoryDisasterDeclarations}, the fake the use-case tests trust. */
class InMemoryDisasterDeclarationsTest extends DisasterDeclarationsContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts(CITY);

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
