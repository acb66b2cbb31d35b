package org.madoguchi.applications.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * {@link ContentTypes} by the three signatures the service accepts (PDF, PNG, JPEG), text told by its bytes, and
 * everything else unknown; held to {@link ContentTypesContract} like the Tika adapter.
 */
public final class InMemoryContentTypes implements ContentTypes {

    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };
    private static final int LOOKED_AT = 512;

    @Override
    public String detect(InputStream content) {
        byte[] head;
        try {
            head = content.readNBytes(LOOKED_AT);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (startsWith(head, PDF)) {
            return "application/pdf";
        }
        if (startsWith(head, PNG)) {
            return "image/png";
        }
        if (startsWith(head, JPEG)) {
            return "image/jpeg";
        }
        return head.length > 0 && isText(head) ? "text/plain" : "application/octet-stream";
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0,
                signature.length);
    }

    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
