package org.madoguchi.applications.adapter.in.rest.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.madoguchi.platform.problem.ProblemException;

/** The bytes of an uploaded CSV file, read as they arrive and only up to the size the service accepts. */
public final class CsvUpload {

    private CsvUpload() {
    }

    /**
     * Every byte of the body; none without one.
     *
     * @throws ProblemException 413 {@code usage-import-too-large} as soon as the body exceeds {@code maxBytes}
     */
    public static byte[] read(InputStream body, int maxBytes) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new ProblemException(413, "usage-import-too-large", Math.max(1, maxBytes / 1024));
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
