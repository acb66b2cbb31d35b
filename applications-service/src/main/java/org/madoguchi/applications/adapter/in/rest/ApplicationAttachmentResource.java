package org.madoguchi.applications.adapter.in.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.applications.application.port.in.AttachmentQueries;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.Attachment;
import org.madoguchi.applications.domain.model.AttachmentId;
import org.madoguchi.platform.security.Roles;

/** The files attached to an application, for its applicant and staff of the owning department (others: 404). */
@Path("/api/v1/applications/{applicationId}/attachments")
@Tag(name = "attachments", description = "添付ファイル: files attached to applications")
public class ApplicationAttachmentResource {

    private final AttachmentQueries queries;
    private final Actors actors;

    ApplicationAttachmentResource(AttachmentQueries queries, Actors actors) {
        this.queries = queries;
        this.actors = actors;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CITIZEN, Roles.STAFF })
    @Operation(summary = "The files attached to an application, in the order they were uploaded")
    public List<AttachmentResponse> list(@PathParam("applicationId") UUID applicationId) {
        return queries.ofApplication(actors.current(), new ApplicationId(applicationId)).stream()
                .map(AttachmentResponse::of).toList();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces({ "application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.CITIZEN, Roles.STAFF })
    @Operation(summary = "One attached file, streamed with its detected type and its original name")
    public Response download(@PathParam("applicationId") UUID applicationId,
            @PathParam("attachmentId") UUID attachmentId) {
        Actor actor = actors.current();
        ApplicationId application = new ApplicationId(applicationId);
        AttachmentId id = new AttachmentId(attachmentId);
        Attachment attachment = queries.attachment(actor, application, id);
        StreamingOutput content = out -> queries.copyContent(actor, application, id, out);
        return Response.ok(content, attachment.type().mediaType())
                .header("Content-Disposition", ContentDispositions.attachment(attachment.fileName()))
                .header(HttpHeaders.CONTENT_LENGTH, attachment.size())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
