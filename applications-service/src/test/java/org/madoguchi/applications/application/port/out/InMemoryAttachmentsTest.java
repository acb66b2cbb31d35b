package org.madoguchi.applications.application.port.out;

/** The in-memory fake of {@link Attachments} keeps the contract the PostgreSQL adapter keeps. */
class InMemoryAttachmentsTest extends AttachmentsContract {

    private final InMemoryAttachments attachments = new InMemoryAttachments();

    @Override
    protected Attachments attachments() {
        return attachments;
    }
}
