package org.madoguchi.notification.application.port.out;

/** The {@link StoredPreferencesContract} held against {@link InMemoryStoredPreferences}, the fake the use-case tests trust. */
class InMemoryStoredPreferencesTest extends StoredPreferencesContract {

    private final InMemoryOutPorts ports = new InMemoryOutPorts();

    @Override
    protected OutPorts ports() {
        return ports;
    }
}
