package org.madoguchi.applications.application.port.out;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentNotFound;

/** {@link AttachmentContents} in memory, held to {@link AttachmentContentsContract} like the large-object adapter. */
public final class InMemoryAttachmentContents implements AttachmentContents {

    private final Map<AttachmentId, byte[]> stored = new HashMap<>();

    /** How many contents are stored. */
    public int count() {
        return stored.size();
    }

    @Override
    public long write(AttachmentId id, InputStream content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            content.transferTo(bytes);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        stored.put(id, bytes.toByteArray());
        return bytes.size();
    }

    @Override
    public InputStream open(AttachmentId id) {
        byte[] bytes = stored.get(id);
        if (bytes == null) {
            throw new AttachmentNotFound();
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean exists(AttachmentId id) {
        return stored.containsKey(id);
    }

    @Override
    public boolean delete(AttachmentId id) {
        return stored.remove(id) != null;
    }
}
