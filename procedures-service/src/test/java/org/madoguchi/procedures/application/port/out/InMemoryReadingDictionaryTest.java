package org.madoguchi.procedures.application.port.out;

/** The in-memory fake of {@link ReadingDictionary} keeps the contract the Kuromoji adapter keeps. */
class InMemoryReadingDictionaryTest extends ReadingDictionaryContract {

    private final InMemoryReadingDictionary dictionary = new InMemoryReadingDictionary();

    @Override
    protected ReadingDictionary dictionary() {
        return dictionary;
    }
}
