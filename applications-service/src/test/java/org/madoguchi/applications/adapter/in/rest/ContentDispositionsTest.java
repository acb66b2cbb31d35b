package org.madoguchi.applications.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names in Content-Disposition, read from uploads and written on downloads (RFC 6266 and RFC 8187). */
class ContentDispositionsTest {

    @Test
    void the_extended_utf8_name_wins_over_the_plain_one() {
        assertThat(ContentDispositions.fileName(
                "attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%E4%BD%8F%E6%B0%91%E7%A5%A8.pdf"))
                .contains("住民票.pdf");
        assertThat(ContentDispositions.fileName("attachment; filename*=utf-8'ja'a%2Bb%20c.png")).contains("a+b c.png");
    }

    @Test
    void a_plain_name_is_read_quoted_or_not() {
        assertThat(ContentDispositions.fileName("attachment; filename=\"my \\\"scan\\\"; 1.jpg\"")).contains(
                "my \"scan\"; 1.jpg");
        assertThat(ContentDispositions.fileName("form-data; name=file; filename=scan.png")).contains("scan.png");
    }

    @Test
    void a_name_that_cannot_be_decoded_falls_back_to_the_plain_one_or_to_none() {
        assertThat(ContentDispositions.fileName("attachment; filename*=UTF-8''%E4%BD; filename=\"plain.pdf\""))
                .contains("plain.pdf");
        assertThat(ContentDispositions.fileName("attachment; filename*=Shift_JIS''%8F%5A.pdf")).isEmpty();
        assertThat(ContentDispositions.fileName("attachment")).isEmpty();
        assertThat(ContentDispositions.fileName(null)).isEmpty();
    }

    @Test
    void a_download_carries_an_ascii_fallback_and_the_exact_name_percent_encoded() {
        assertThat(ContentDispositions.attachment("住民票 \"写し\".pdf")).isEqualTo(
                "attachment; filename=\"___ ____.pdf\"; filename*=UTF-8''%E4%BD%8F%E6%B0%91%E7%A5%A8%20%22%E5%86%99%E3%81%97%22.pdf");
        assertThat(ContentDispositions.attachment("scan-1_a.png")).isEqualTo(
                "attachment; filename=\"scan-1_a.png\"; filename*=UTF-8''scan-1_a.png");
    }

    @Test
    void a_written_name_is_read_back_the_same() {
        String name = "申請書（2025年5月）#1+写真.jpg";

        assertThat(ContentDispositions.fileName(ContentDispositions.attachment(name))).contains(name);
    }
}
