package org.madoguchi.applications.application.port.in;

import org.madoguchi.applications.domain.model.Attachment;

/**
 * 添付ファイルのアップロード: a person uploads a file for an attachment field of an open form and gets its id, which
 * the answers of the submission then name. Only PDF, JPEG and PNG files by their content are accepted, within the
 * form's size limit, once the virus scanner passed them.
 */
public interface UploadAttachmentUseCase {

    Attachment upload(UploadAttachmentCommand command);
}
