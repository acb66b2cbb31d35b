package org.madoguchi.applications.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which detected types are accepted, and how limits are worded. */
class AttachmentTypeTest {

    @Test
    void pdf_jpeg_and_png_are_accepted_whatever_their_parameters_or_case() {
        assertThat(AttachmentType.ofMediaType("application/pdf")).contains(AttachmentType.PDF);
        assertThat(AttachmentType.ofMediaType("IMAGE/JPEG")).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.ofMediaType("image/png; charset=binary")).contains(AttachmentType.PNG);
    }

    @Test
    void every_other_type_is_refused() {
        assertThat(AttachmentType.ofMediaType("text/plain")).isEmpty();
        assertThat(AttachmentType.ofMediaType("image/gif")).isEmpty();
        assertThat(AttachmentType.ofMediaType("application/x-msdownload")).isEmpty();
        assertThat(AttachmentType.ofMediaType("application/octet-stream")).isEmpty();
        assertThat(AttachmentType.ofMediaType(null)).isEmpty();
    }

    @Test
    void a_size_limit_reads_in_megabytes_kilobytes_or_bytes() {
        assertThat(AttachmentTooLarge.readable(10 * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(AttachmentTooLarge.readable(1536 * 1024)).isEqualTo("1.5 MB");
        assertThat(AttachmentTooLarge.readable(2000)).isEqualTo("2 KB");
        assertThat(AttachmentTooLarge.readable(900)).isEqualTo("900 B");
        assertThat(new AttachmentTooLarge(2048).arguments()).containsExactly(2048L, "2 KB");
    }

    @Test
    void an_upload_id_is_parsed_only_from_a_well_formed_uuid() {
        AttachmentId id = AttachmentId.random();

        assertThat(AttachmentId.parse(id.toString())).contains(id);
        assertThat(AttachmentId.parse("1-1-1-1-1")).isEmpty();
        assertThat(AttachmentId.parse("")).isEmpty();
        assertThat(AttachmentId.parse(null)).isEmpty();
    }
}
