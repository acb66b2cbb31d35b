package org.madoguchi.gateway.application.port.out;

/** The in-memory fake keeps the contract the PostgreSQL adapter keeps. */
class InMemoryWebSessionsTest extends WebSessionsContract {

    private final InMemoryWebSessions store = new InMemoryWebSessions();

    @Override
    protected WebSessions sessions() {
        return store;
    }
}
