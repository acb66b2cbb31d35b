package org.madoguchi.applications.application.port.out;

/** The in-memory fake of {@link AttachmentContents} keeps the contract the large-object adapter keeps. */
class InMemoryAttachmentContentsTest extends AttachmentContentsContract {

    private final InMemoryAttachmentContents contents = new InMemoryAttachmentContents();

    @Override
    protected AttachmentContents contents() {
        return contents;
    }

    @Override
    protected long storedContents() {
        return contents.count();
    }
}
