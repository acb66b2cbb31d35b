package org.madoguchi.gateway.application.port.out;

/** The in-memory fake keeps the contract the PostgreSQL adapter keeps. */
class InMemoryRateLimitsTest extends RateLimitsContract {

    private final InMemoryRateLimits store = new InMemoryRateLimits();

    @Override
    protected RateLimits rateLimits() {
        return store;
    }

    @Override
    protected RateLimits anotherInstance() {
        return store.sharing();
    }
}
