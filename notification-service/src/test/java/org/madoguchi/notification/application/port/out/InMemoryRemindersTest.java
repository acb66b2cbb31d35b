package org.madoguchi.notification.application.port.out;

/** The {@link RemindersContract} held against {@link InMemoryReminders}, the fake the use-case tests trust. */
class InMemoryRemindersTest extends RemindersContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts();

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
