package org.madoguchi.applications.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentType;

/**
 * A scanner that refuses every file containing {@link AttachmentExamples#REFUSED_MARKER}, standing in for a virus
 * signature, and remembers what it scanned; held to {@link AttachmentScannerContract} like the pass-through adapter.
 * A CDI alternative, off unless a test profile selects it.
 */
@Alternative
@ApplicationScoped
public class InMemoryAttachmentScanner implements AttachmentScanner {

    private static final byte[] MARKER = AttachmentExamples.REFUSED_MARKER.getBytes(StandardCharsets.US_ASCII);

    private final List<AttachmentId> scanned = new ArrayList<>();

    /** The uploads scanned, in order. */
    public synchronized List<AttachmentId> scanned() {
        return List.copyOf(scanned);
    }

    @Override
    public synchronized Verdict scan(AttachmentId id, AttachmentType type, InputStream content) {
        scanned.add(id);
        try {
            return contains(content.readAllBytes(), MARKER) ? new Verdict.Refused("Test-Signature found")
                    : new Verdict.Clean();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean contains(byte[] content, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= content.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (content[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
