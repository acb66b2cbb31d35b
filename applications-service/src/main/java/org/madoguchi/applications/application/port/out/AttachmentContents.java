package org.madoguchi.applications.application.port.out;

import java.io.InputStream;

import org.madoguchi.applications.domain.model.AttachmentId;

/**
 * The bytes of uploaded files, streamed in and out without holding a whole file in memory, in the transaction of
 * the caller: what a rolled-back transaction wrote is gone.
 */
public interface AttachmentContents {

    /**
     * Stores everything {@code content} gives under {@code id} and returns how many bytes that was. When reading
     * {@code content} fails (with an {@link java.io.IOException} or a runtime exception, e.g. because the file is too
     * large), nothing is kept and the same exception is thrown.
     *
     * @throws java.io.UncheckedIOException when reading the content failed with an {@link java.io.IOException}
     */
    long write(AttachmentId id, InputStream content);

    /**
     * The stored bytes, to read within the caller's transaction; the caller closes the stream.
     *
     * @throws org.madoguchi.applications.domain.model.AttachmentNotFound when nothing is stored under {@code id}
     */
    InputStream open(AttachmentId id);

    boolean exists(AttachmentId id);

    /** Deletes the stored bytes; false when there were none. */
    boolean delete(AttachmentId id);
}
