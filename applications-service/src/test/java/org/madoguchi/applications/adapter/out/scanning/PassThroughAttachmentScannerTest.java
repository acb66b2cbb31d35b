package org.madoguchi.applications.adapter.out.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.application.port.out.AttachmentExamples;
import org.madoguchi.applications.application.port.out.AttachmentScanner;
import org.madoguchi.applications.application.port.out.AttachmentScannerContract;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentType;

/** The pass-through scanner keeps the contract of {@link AttachmentScanner}, and passes every file. */
class PassThroughAttachmentScannerTest extends AttachmentScannerContract {

    private final PassThroughAttachmentScanner scanner = new PassThroughAttachmentScanner();

    @Override
    protected AttachmentScanner scanner() {
        return scanner;
    }

    @Override
    protected Optional<byte[]> aPdfItRefuses() {
        return Optional.empty();
    }

    @Test
    void it_passes_even_what_a_real_scanner_would_refuse_and_says_so_at_startup() {
        AttachmentScanner.Verdict verdict = scanner.scan(AttachmentId.random(), AttachmentType.PDF,
                new ByteArrayInputStream(AttachmentExamples.pdfTheScannerRefuses()));

        assertThat(verdict).isInstanceOf(AttachmentScanner.Verdict.Clean.class);
        assertThat(PassThroughAttachmentScanner.STARTUP_WARNING).contains("without a virus scan");
    }
}
