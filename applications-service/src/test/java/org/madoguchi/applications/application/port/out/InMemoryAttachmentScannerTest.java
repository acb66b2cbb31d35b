package org.madoguchi.applications.application.port.out;

import java.util.Optional;

/** The refusing fake of {@link AttachmentScanner} keeps the contract the pass-through adapter keeps. */
class InMemoryAttachmentScannerTest extends AttachmentScannerContract {

    @Override
    protected AttachmentScanner scanner() {
        return new InMemoryAttachmentScanner();
    }

    @Override
    protected Optional<byte[]> aPdfItRefuses() {
        return Optional.of(AttachmentExamples.pdfTheScannerRefuses());
    }
}
