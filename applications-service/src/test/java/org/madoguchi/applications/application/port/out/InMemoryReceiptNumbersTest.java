package org.madoguchi.applications.application.port.out;

/** The in-memory fake of {@link ReceiptNumbers} keeps the contract the PostgreSQL sequences keep. */
class InMemoryReceiptNumbersTest extends ReceiptNumbersContract {

    private final InMemoryReceiptNumbers numbers = new InMemoryReceiptNumbers();

    @Override
    protected ReceiptNumbers numbers() {
        return numbers;
    }
}
