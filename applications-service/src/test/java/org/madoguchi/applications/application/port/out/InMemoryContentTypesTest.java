package org.madoguchi.applications.application.port.out;

/** The fake of {@link ContentTypes} keeps the contract the Tika adapter keeps. */
class InMemoryContentTypesTest extends ContentTypesContract {

    @Override
    protected ContentTypes contentTypes() {
        return new InMemoryContentTypes();
    }
}
