package org.madoguchi.applications.adapter.out.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.out.AttachmentExamples;
import org.madoguchi.applications.application.port.out.ContentTypes;
import org.madoguchi.applications.application.port.out.ContentTypesContract;

/** Apache Tika keeps the contract of {@link ContentTypes}, and tells executables apart from documents. */
class TikaContentTypesTest extends ContentTypesContract {

    private final TikaContentTypes tika = new TikaContentTypes();

    @Override
    protected ContentTypes contentTypes() {
        return tika;
    }

    @Test
    void plain_text_is_text_and_executables_are_executables() {
        assertThat(tika.detect(new ByteArrayInputStream(AttachmentExamples.text()))).isEqualTo("text/plain");
        assertThat(tika.detect(new ByteArrayInputStream(AttachmentExamples.linuxExecutable())))
                .isEqualTo("application/x-executable");
        assertThat(tika.detect(new ByteArrayInputStream(AttachmentExamples.windowsExecutable())))
                .startsWith("application/x-");
    }
}
