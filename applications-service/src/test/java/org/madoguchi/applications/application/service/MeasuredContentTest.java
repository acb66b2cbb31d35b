package org.madoguchi.applications.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.out.AttachmentExamples;
import org.madoguchi.applications.domain.model.AttachmentTooLarge;

/** An upload is counted and digested as it passes, and refused one byte past its limit. */
class MeasuredContentTest {

    @Test
    void a_file_exactly_at_the_limit_passes_with_its_size_and_digest() throws IOException {
        byte[] png = AttachmentExamples.padded(AttachmentExamples.png(), 4096);
        MeasuredContent measured = new MeasuredContent(new ByteArrayInputStream(png), 4096);

        assertThat(measured.readAllBytes()).isEqualTo(png);
        assertThat(measured.count()).isEqualTo(4096);
        assertThat(measured.sha256()).isEqualTo(AttachmentExamples.sha256(png));
    }

    @Test
    void one_byte_past_the_limit_is_refused_as_soon_as_it_is_read() {
        MeasuredContent measured = new MeasuredContent(new ByteArrayInputStream(new byte[4097]), 4096);

        assertThatThrownBy(measured::readAllBytes).isInstanceOf(AttachmentTooLarge.class)
                .satisfies(e -> assertThat(((AttachmentTooLarge) e).arguments()).containsExactly(4096L, "4 KB"));
    }

    @Test
    void bytes_read_one_by_one_count_as_well() throws IOException {
        MeasuredContent measured = new MeasuredContent(new ByteArrayInputStream(new byte[3]), 2);

        measured.read();
        measured.read();
        assertThatThrownBy(measured::read).isInstanceOf(AttachmentTooLarge.class);
    }
}
