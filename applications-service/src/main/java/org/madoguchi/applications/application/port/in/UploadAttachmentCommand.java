package org.madoguchi.applications.application.port.in;

import java.io.InputStream;
import java.util.Objects;

import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.text.TextRules;

/**
 * Upload a file for an attachment field of a form, before the application that names it is submitted.
 *
 * @param actor    who uploads: a signed-in person, or an anonymous visitor where the form allows it
 * @param form     the form
 * @param field    the key of the attachment field
 * @param fileName the file's name as the uploader's device had it; a folder before it is dropped, and a file
 *                 without a name is called {@link #UNNAMED}
 * @param content  the file's bytes, read once, as they arrive
 */
public record UploadAttachmentCommand(Actor actor, FormId form, String field, String fileName, InputStream content) {

    /** Longest file name kept, in characters. */
    public static final int LONGEST_FILE_NAME = 255;
    /** The name of a file sent without one. */
    public static final String UNNAMED = "attachment";

    public UploadAttachmentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(content, "content");
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (field == null || field.isBlank()) {
            errors.add("field", "not-blank");
        }
        fileName = withoutFolder(fileName);
        TextRules.check(fileName, false, LONGEST_FILE_NAME).ifPresent(code -> errors.add("filename", code,
                LONGEST_FILE_NAME));
        errors.throwIfAny();
    }

    /** The last part of a path as browsers and devices send it ({@code C:\fakepath\申請書.pdf}), trimmed. */
    private static String withoutFolder(String name) {
        if (name == null) {
            return UNNAMED;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return last.isEmpty() || last.equals(".") || last.equals("..") ? UNNAMED : last;
    }
}
