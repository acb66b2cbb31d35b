package org.madoguchi.notification.application.port.out;

/** The {@link AnnouncementsContract} held against {@link InMemoryAnnouncements}, the fake the use-case tests trust. */
class InMemoryAnnouncementsTest extends AnnouncementsContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts();

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
