package org.madoguchi.applications.application.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.madoguchi.applications.domain.model.AttachmentTooLarge;

/**
 * An uploaded file's bytes as they pass on their way into storage: counted, digested with SHA-256, and refused with
 * {@link AttachmentTooLarge} as soon as they go one byte past the limit, so that no file is ever held whole.
 */
final class MeasuredContent extends FilterInputStream {

    private final long maxBytes;
    private final MessageDigest digest;
    private long count;

    MeasuredContent(InputStream content, long maxBytes) {
        super(content);
        this.maxBytes = maxBytes;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JVM has SHA-256", missing);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
            digest.update(buffer, offset, read);
        }
        return read;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte of an upload is measured");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** How many bytes passed. */
    long count() {
        return count;
    }

    /** The SHA-256 digest of the bytes that passed, in lower-case hexadecimal. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void counted(int bytes) {
        count += bytes;
        if (count > maxBytes) {
            throw new AttachmentTooLarge(maxBytes);
        }
    }
}
