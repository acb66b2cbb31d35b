package org.madoguchi.applications.application.port.out;

import java.io.InputStream;

import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.applications.domain.model.AttachmentType;

/**
 * The virus scanner every upload passes before it is accepted: a city plugs its scanner in here. A file the scanner
 * refuses is not kept.
 */
public interface AttachmentScanner {

    /**
     * Scans the stored content of an upload.
     *
     * @param id      the upload, for the scanner's own records
     * @param type    what the content was detected to be
     * @param content the content; the caller closes it
     */
    Verdict scan(AttachmentId id, AttachmentType type, InputStream content);

    /** What the scanner says of a file. */
    sealed interface Verdict {

        /** Nothing found: the file may be kept. */
        record Clean() implements Verdict {
        }

        /**
         * The file must not be kept.
         *
         * @param finding what the scanner found, for the operators' log only (never shown to the uploader)
         */
        record Refused(String finding) implements Verdict {
        }
    }
}
