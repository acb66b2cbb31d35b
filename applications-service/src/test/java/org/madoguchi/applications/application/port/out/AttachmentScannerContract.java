package org.madoguchi.applications.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentType;

/**
 * What every {@link AttachmentScanner} does, a real one and the fakes alike: a clean file passes, every file gets a
 * verdict, and a file the scanner is known to refuse is refused with a finding for the operators.
 */
public abstract class AttachmentScannerContract {

    /** The scanner under test. */
    protected abstract AttachmentScanner scanner();

    /** A PDF this scanner refuses, if it refuses any (a pass-through scanner refuses none). */
    protected abstract Optional<byte[]> aPdfItRefuses();

    @Test
    void a_clean_file_passes() {
        assertThat(scan(AttachmentType.PNG, AttachmentExamples.png())).isInstanceOf(AttachmentScanner.Verdict.Clean.class);
        assertThat(scan(AttachmentType.PDF, AttachmentExamples.pdf())).isInstanceOf(AttachmentScanner.Verdict.Clean.class);
    }

    @Test
    void an_empty_file_gets_a_verdict() {
        assertThat(scan(AttachmentType.PDF, new byte[0])).isNotNull();
    }

    @Test
    void a_file_it_refuses_is_refused_with_a_finding() {
        Optional<byte[]> refused = aPdfItRefuses();
        assumeTrue(refused.isPresent(), "this scanner refuses nothing");

        AttachmentScanner.Verdict verdict = scan(AttachmentType.PDF, refused.get());

        assertThat(verdict).isInstanceOfSatisfying(AttachmentScanner.Verdict.Refused.class,
                r -> assertThat(r.finding()).isNotBlank());
    }

    private AttachmentScanner.Verdict scan(AttachmentType type, byte[] content) {
        return scanner().scan(AttachmentId.random(), type, new ByteArrayInputStream(content));
    }
}
