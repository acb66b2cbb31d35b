package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.AttachmentType;

/**
 * What every {@link ContentTypes} does, the fake and Apache Tika alike: PDF, JPEG and PNG are told by their bytes;
 * text, executables and empty files are not taken for any of them; only the beginning of a file is read.
 */
public abstract class ContentTypesContract {

    /** The detector under test. */
    protected abstract ContentTypes contentTypes();

    @Test
    void a_png_is_told_by_its_bytes() {
        assertThat(detect(AttachmentExamples.png())).isEqualTo("image/png");
    }

    @Test
    void a_jpeg_is_told_by_its_bytes() {
        assertThat(detect(AttachmentExamples.jpeg())).isEqualTo("image/jpeg");
    }

    @Test
    void a_pdf_is_told_by_its_bytes() {
        assertThat(detect(AttachmentExamples.pdf())).isEqualTo("application/pdf");
    }

    @Test
    void plain_text_is_none_of_the_accepted_types() {
        assertThat(AttachmentType.ofMediaType(detect(AttachmentExamples.text()))).isEmpty();
    }

    @Test
    void executables_are_none_of_the_accepted_types() {
        assertThat(AttachmentType.ofMediaType(detect(AttachmentExamples.linuxExecutable()))).isEmpty();
        assertThat(AttachmentType.ofMediaType(detect(AttachmentExamples.windowsExecutable()))).isEmpty();
    }

    @Test
    void an_empty_file_is_none_of_the_accepted_types() {
        assertThat(AttachmentType.ofMediaType(detect(new byte[0]))).isEmpty();
    }

    @Test
    void only_the_beginning_of_a_large_file_is_read() {
        byte[] large = AttachmentExamples.padded(AttachmentExamples.png(), 8 * 1024 * 1024);
        CountingStream counted = new CountingStream(new ByteArrayInputStream(large));

        assertThat(contentTypes().detect(counted)).isEqualTo("image/png");

        assertThat(counted.read).isLessThanOrEqualTo(1024 * 1024);
    }

    private String detect(byte[] content) {
        return contentTypes().detect(new ByteArrayInputStream(content));
    }

    private static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
