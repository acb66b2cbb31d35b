package org.madoguchi.applications.adapter.out.content;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.madoguchi.applications.application.port.out.ContentTypes;

/**
 * Detects the type of a file with Apache Tika core from its magic bytes alone: no file name and no declared type is
 * handed to Tika, so that a name cannot change the verdict. Tika reads at most its longest magic pattern
 * ({@link MimeTypes#getMinLength()}, 64 KiB) of the stream.
 */
@ApplicationScoped
class TikaContentTypes implements ContentTypes {

    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    @Override
    public String detect(InputStream content) {
        try {
            return detector.detect(new BufferedInputStream(content), new Metadata()).getBaseType().toString();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
