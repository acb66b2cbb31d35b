package org.madoguchi.applications.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/** An upload command keeps only a file's own name, and refuses names and fields it cannot keep. */
class UploadAttachmentCommandTest {

    private static final FormId FORM = new FormId(UUID.randomUUID());

    @Test
    void the_folder_a_device_sends_before_the_name_is_dropped() {
        assertThat(command("photos", "C:\\fakepath\\住民票の写し.pdf").fileName()).isEqualTo("住民票の写し.pdf");
        assertThat(command("photos", "/home/yamada/写真 1.jpg").fileName()).isEqualTo("写真 1.jpg");
        assertThat(command("photos", "  申請書.png  ").fileName()).isEqualTo("申請書.png");
    }

    @Test
    void a_file_without_a_name_is_called_attachment() {
        assertThat(command("photos", null).fileName()).isEqualTo(UploadAttachmentCommand.UNNAMED);
        assertThat(command("photos", "folder/").fileName()).isEqualTo(UploadAttachmentCommand.UNNAMED);
        assertThat(command("photos", "..").fileName()).isEqualTo(UploadAttachmentCommand.UNNAMED);
    }

    @Test
    void a_name_with_control_characters_or_too_long_and_a_missing_field_are_refused_together() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> command(" ", "a\u0000b.pdf"));

        assertThat(refused.violations()).containsExactly(Violation.of("field", "not-blank"),
                Violation.of("filename", "text-control-character", UploadAttachmentCommand.LONGEST_FILE_NAME));
        assertThat(catchThrowableOfType(InvalidInput.class, () -> command("photos", "あ".repeat(256) + ".pdf"))
                .violations()).extracting(Violation::code).containsExactly("text-too-long");
    }

    private static UploadAttachmentCommand command(String field, String fileName) {
        return new UploadAttachmentCommand(Actor.anonymous(), FORM, field, fileName, InputStream.nullInputStream());
    }
}
