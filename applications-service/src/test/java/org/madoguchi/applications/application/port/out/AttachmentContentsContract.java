package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentNotFound;
import org.madoguchi.applications.domain.model.AttachmentTooLarge;

/**
 * What every {@link AttachmentContents} store does, the in-memory fake and PostgreSQL's large objects alike: bytes
 * come back exactly as written, also past many chunks; a write whose content fails keeps nothing and passes the
 * failure on; deleting removes the bytes.
 */
public abstract class AttachmentContentsContract {

    /** The store under test. */
    protected abstract AttachmentContents contents();

    /** How many contents the store holds in all (for PostgreSQL: its large objects). */
    protected abstract long storedContents();

    /** Starts what keeps this test's data apart from the others': nothing for a fake. */
    protected void beginTest() {
    }

    /** Discards what this test stored: nothing for a fake. */
    protected void endTest() {
    }

    @BeforeEach
    final void begin() {
        beginTest();
    }

    @AfterEach
    final void end() {
        endTest();
    }

    @Test
    void what_is_written_is_read_back_byte_for_byte_across_many_chunks() throws IOException {
        byte[] file = new byte[3 * 1024 * 1024 + 17];
        new Random(20250501).nextBytes(file);
        AttachmentId id = AttachmentId.random();

        long written = contents().write(id, new ByteArrayInputStream(file));

        assertThat(written).isEqualTo(file.length);
        assertThat(contents().exists(id)).isTrue();
        try (InputStream read = contents().open(id)) {
            assertThat(read.readAllBytes()).isEqualTo(file);
        }
    }

    @Test
    void an_empty_file_is_stored_as_empty() throws IOException {
        AttachmentId id = AttachmentId.random();

        assertThat(contents().write(id, InputStream.nullInputStream())).isZero();

        try (InputStream read = contents().open(id)) {
            assertThat(read.read()).isEqualTo(-1);
        }
    }

    @Test
    void a_write_whose_content_fails_keeps_nothing_and_passes_the_failure_on() {
        long before = storedContents();
        AttachmentId id = AttachmentId.random();
        AttachmentTooLarge tooLarge = new AttachmentTooLarge(100_000);

        assertThatThrownBy(() -> contents().write(id, failingAfter(200_000, () -> tooLarge))).isSameAs(tooLarge);

        assertThat(contents().exists(id)).isFalse();
        assertThat(storedContents()).isEqualTo(before);
    }

    @Test
    void a_write_whose_content_cannot_be_read_keeps_nothing_and_throws_it_unchecked() {
        long before = storedContents();
        AttachmentId id = AttachmentId.random();
        IOException broken = new IOException("the connection was reset");

        assertThatThrownBy(() -> contents().write(id, failingAfter(70_000, () -> broken)))
                .isInstanceOf(UncheckedIOException.class).hasCause(broken);

        assertThat(contents().exists(id)).isFalse();
        assertThat(storedContents()).isEqualTo(before);
    }

    @Test
    void deleting_removes_the_bytes_and_says_whether_there_were_any() {
        long before = storedContents();
        AttachmentId id = AttachmentId.random();
        contents().write(id, new ByteArrayInputStream(AttachmentExamples.png()));
        assertThat(storedContents()).isEqualTo(before + 1);

        assertThat(contents().delete(id)).isTrue();
        assertThat(contents().delete(id)).isFalse();

        assertThat(contents().exists(id)).isFalse();
        assertThat(storedContents()).isEqualTo(before);
    }

    @Test
    void opening_what_is_not_stored_is_not_found() {
        assertThatThrownBy(() -> contents().open(AttachmentId.random())).isInstanceOf(AttachmentNotFound.class);
    }

    /** A stream of zeros that fails once {@code bytes} have been read. */
    private static InputStream failingAfter(int bytes, java.util.function.Supplier<Exception> failure) {
        return new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (given >= bytes) {
                    Exception e = failure.get();
                    if (e instanceof IOException io) {
                        throw io;
                    }
                    throw (RuntimeException) e;
                }
                int n = Math.min(length, bytes - given);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                given += n;
                return n;
            }
        };
    }
}
