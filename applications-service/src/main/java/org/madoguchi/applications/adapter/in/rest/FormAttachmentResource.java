package org.madoguchi.applications.adapter.in.rest;

import java.io.InputStream;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.madoguchi.applications.application.port.in.UploadAttachmentCommand;
import org.madoguchi.applications.application.port.in.UploadAttachmentUseCase;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentTooLarge;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.platform.problem.ProblemException;

/** 添付ファイルのアップロード: files uploaded for the attachment fields of a form, before the submission names them. */
@Path("/api/v1/forms/{formId}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attachments", description = "添付ファイル: files attached to applications")
public class FormAttachmentResource {

    private final UploadAttachmentUseCase upload;
    private final Actors actors;

    FormAttachmentResource(UploadAttachmentUseCase upload, Actors actors) {
        this.upload = upload;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    @Operation(summary = "Upload a file for an attachment field (the raw file as the body, streamed): PDF, JPEG or"
            + " PNG by its content, whatever its name or Content-Type says; 413 past the form's size limit, 422 for"
            + " another type or a file the virus scanner refuses. Anyone may upload for a form that takes anonymous"
            + " answers; the answers then name the returned id")
    public RestResponse<AttachmentResponse> upload(@PathParam("formId") UUID formId, @QueryParam("field") String field,
            @QueryParam("filename") String fileName, @HeaderParam("Content-Disposition") String disposition,
            InputStream body) {
        String name = ContentDispositions.fileName(disposition).orElse(fileName);
        try {
            Attachment attachment = upload.upload(new UploadAttachmentCommand(actors.current(), new FormId(formId),
                    field, name, body == null ? InputStream.nullInputStream() : body));
            return RestResponse.status(RestResponse.Status.CREATED, AttachmentResponse.of(attachment));
        } catch (AttachmentTooLarge tooLarge) {
            throw new ProblemException(413, tooLarge.code(), tooLarge.arguments().toArray());
        }
    }
}
