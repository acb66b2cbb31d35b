package org.madoguchi.notification.application.port.out;

/** The {@link NotificationsContract} held against {@link InMemoryNotifications}, the fake the use-case tests trust. */
class InMemoryNotificationsTest extends NotificationsContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts();

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
