package org.madoguchi.procedures.adapter.in.rest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.problem.ETags;
import org.madoguchi.platform.security.Roles;
import org.madoguchi.procedures.application.port.in.CloseFormCommand;
import org.madoguchi.procedures.application.port.in.CloseFormUseCase;
import org.madoguchi.procedures.application.port.in.CreateFormCommand;
import org.madoguchi.procedures.application.port.in.CreateFormUseCase;
import org.madoguchi.procedures.application.port.in.EditFormCommand;
import org.madoguchi.procedures.application.port.in.EditFormUseCase;
import org.madoguchi.procedures.application.port.in.FormQueries;
import org.madoguchi.procedures.application.port.in.PublishFormCommand;
import org.madoguchi.procedures.application.port.in.PublishFormUseCase;
import org.madoguchi.procedures.application.port.out.Forms;
import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.config.ProceduresConfig;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.Form;
import org.madoguchi.procedures.domain.model.FormId;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.FormStatus;
import org.madoguchi.procedures.domain.model.Viewer;

/** 様式: the e-application forms, their versions and QR codes. */
@Path("/api/v1/forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "forms", description = "様式: e-application forms with versions and QR codes")
public class FormResource {

    private static final String PNG = "image/png";
    private static final String SVG = "image/svg+xml";

    private final FormQueries queries;
    private final CreateFormUseCase create;
    private final EditFormUseCase edit;
    private final PublishFormUseCase publish;
    private final CloseFormUseCase close;
    private final Actors actors;
    private final FormLinks links;
    private final ProceduresConfig config;
    private final Clock clock;

    FormResource(FormQueries queries, CreateFormUseCase create, EditFormUseCase edit, PublishFormUseCase publish,
            CloseFormUseCase close, Actors actors, FormLinks links, ProceduresConfig config, Clock clock) {
        this.queries = queries;
        this.create = create;
        this.edit = edit;
        this.publish = publish;
        this.close = close;
        this.actors = actors;
        this.links = links;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Operation(summary = "Forms, newest first (public: open forms only)")
    public FormPageResponse list(@QueryParam("department") String department, @QueryParam("kind") FormKind kind,
            @QueryParam("status") FormStatus status, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (size < 1 || size > 100) {
            errors.add("size", "out-of-range", 1, 100);
            if (page < 0) {
                errors.add("page", "out-of-range", 0, FormQueries.MAX_WINDOW / 100 - 1);
            }
        } else if (page < 0 || (page + 1L) * size > FormQueries.MAX_WINDOW) {
            errors.add("page", "out-of-range", 0, FormQueries.MAX_WINDOW / size - 1);
        }
        if (department != null && !department.isBlank() && !DepartmentCode.isWellFormed(department.strip())) {
            errors.add("department", "department-code-format");
        }
        errors.throwIfAny();
        DepartmentCode owner = department == null || department.isBlank() ? null : new DepartmentCode(department.strip());
        Forms.Page<Form> forms = queries.list(owner, kind, status, actors.viewer(), page, size);
        return FormPageResponse.of(forms, page, size, links, clock.instant());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A form's current version (public: open forms only)")
    public Response get(@PathParam("id") UUID id) {
        Form form = queries.get(new FormId(id), actors.viewer());
        return current(form);
    }

    @GET
    @Path("/{id}/versions/{number}")
    @PermitAll
    @Operation(summary = "One version of a form as it was (public: versions of open forms)")
    public FormVersionResponse version(@PathParam("id") UUID id, @PathParam("number") int number) {
        return FormVersionResponse.of(queries.version(new FormId(id), number, actors.viewer()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Draft a new form (procedure-admin, or staff of its department)")
    public Response create(CreateFormRequest request) {
        CreateFormRequest body = request == null ? CreateFormRequest.EMPTY : request;
        Form form = create.create(CreateFormCommand.of(body.kind(), body.departmentCode(), body.input(),
                actors.current()));
        return Response.created(URI.create("/api/v1/forms/" + form.id()))
                .entity(FormResponse.of(form, links, clock.instant())).tag(ETags.of(form.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Change a form; a published form gets a new version; If-Match with its ETag")
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EditFormRequest request) {
        long expected = ETags.required(ifMatch);
        EditFormRequest body = request == null ? EditFormRequest.EMPTY : request;
        return current(edit.edit(EditFormCommand.of(new FormId(id), expected, body.input(), actors.current())));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Publish a draft or a closed form; If-Match with its ETag")
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = ETags.required(ifMatch);
        return current(publish.publish(new PublishFormCommand(new FormId(id), expected, actors.current())));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Close a published form; If-Match with its ETag")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = ETags.required(ifMatch);
        return current(close.close(new CloseFormCommand(new FormId(id), expected, actors.current())));
    }

    @GET
    @Path("/{id}/qr.png")
    @Produces(PNG)
    @PermitAll
    @Operation(summary = "QR code of the form's public URL as PNG (public: open forms)")
    public Response qrPng(@PathParam("id") UUID id, @QueryParam("size") @DefaultValue("300") int size,
            @QueryParam("margin") @DefaultValue("4") int margin, @Context Request request) {
        return qr(id, size, margin, "png", PNG, request);
    }

    @GET
    @Path("/{id}/qr.svg")
    @Produces(SVG)
    @PermitAll
    @Operation(summary = "QR code of the form's public URL as SVG, for print (public: open forms)")
    public Response qrSvg(@PathParam("id") UUID id, @QueryParam("size") @DefaultValue("300") int size,
            @QueryParam("margin") @DefaultValue("4") int margin, @Context Request request) {
        return qr(id, size, margin, "svg", SVG, request);
    }

    private Response qr(UUID id, int size, int margin, String format, String mediaType, Request request) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        int maxSize = config.forms().qrMaxSize();
        if (size < 64 || size > maxSize) {
            errors.add("size", "out-of-range", 64, maxSize);
        }
        if (margin < 0 || margin > 20) {
            errors.add("margin", "out-of-range", 0, 20);
        }
        errors.throwIfAny();
        Viewer viewer = actors.viewer();
        Form form = queries.get(new FormId(id), viewer);
        String url = links.publicUrl(form.id()).toString();
        EntityTag tag = new EntityTag(QrCodes.etag(url, format, size, margin));
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) Duration.ofDays(1).toSeconds());
        cache.setPrivate(viewer == Viewer.STAFF && !form.isOpenAt(clock.instant()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        byte[] image = "png".equals(format) ? QrCodes.png(url, size, margin) : QrCodes.svg(url, size, margin);
        return Response.ok(image, mediaType).tag(tag).cacheControl(cache).build();
    }

    private Response current(Form form) {
        return Response.ok(FormResponse.of(form, links, clock.instant())).tag(ETags.of(form.version())).build();
    }
}
