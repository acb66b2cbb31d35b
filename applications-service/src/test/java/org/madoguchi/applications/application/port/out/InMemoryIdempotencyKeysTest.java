package org.madoguchi.applications.application.port.out;

/** The in-memory fake of {@link IdempotencyKeys} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryIdempotencyKeysTest extends IdempotencyKeysContract {

    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();

    @Override
    protected IdempotencyKeys keys() {
        return keys;
    }
}
