package org.madoguchi.procedures.adapter.in.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.problem.DomainFailureMappers;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.platform.problem.ResponseLanguage;
import org.madoguchi.platform.security.Roles;
import org.madoguchi.procedures.adapter.in.rest.ProcedureDtos.EditProcedureRequest;
import org.madoguchi.procedures.adapter.in.rest.ProcedureDtos.HistoryEntryResponse;
import org.madoguchi.procedures.adapter.in.rest.ProcedureDtos.ImportResponse;
import org.madoguchi.procedures.adapter.in.rest.ProcedureDtos.ProcedureResponse;
import org.madoguchi.procedures.adapter.in.rest.ProcedureDtos.RegisterProcedureRequest;
import org.madoguchi.procedures.adapter.in.rest.ProcedureDtos.SearchHitResponse;
import org.madoguchi.procedures.adapter.in.rest.ProcedureDtos.SearchResponse;
import org.madoguchi.procedures.adapter.in.rest.ProcedureDtos.StatusChangeRequest;
import org.madoguchi.procedures.application.port.in.ChangeProcedureStatusCommand;
import org.madoguchi.procedures.application.port.in.ChangeProcedureStatusUseCase;
import org.madoguchi.procedures.application.port.in.EditProcedureCommand;
import org.madoguchi.procedures.application.port.in.EditProcedureUseCase;
import org.madoguchi.procedures.application.port.in.ExportProceduresQuery;
import org.madoguchi.procedures.application.port.in.ImportProceduresCommand;
import org.madoguchi.procedures.application.port.in.ImportProceduresUseCase;
import org.madoguchi.procedures.application.port.in.ProcedureQueries;
import org.madoguchi.procedures.application.port.in.RegisterProcedureCommand;
import org.madoguchi.procedures.application.port.in.RegisterProcedureUseCase;
import org.madoguchi.procedures.application.port.in.SearchProceduresQuery;
import org.madoguchi.procedures.config.FormLinks;
import org.madoguchi.procedures.config.ProceduresConfig;
import org.madoguchi.procedures.domain.model.DepartmentCode;
import org.madoguchi.procedures.domain.model.FormKind;
import org.madoguchi.procedures.domain.model.Procedure;
import org.madoguchi.procedures.domain.model.ProcedureId;
import org.madoguchi.procedures.domain.model.StatusChange;
import org.madoguchi.procedures.domain.model.StatusKind;
import org.madoguchi.procedures.domain.model.Viewer;


/** 手続き: the procedure registry over HTTP. */
@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "procedures", description = "手続き: the registry of administrative procedures")
public class ProcedureResource {

    private final ProcedureQueries queries;
    private final RegisterProcedureUseCase register;
    private final EditProcedureUseCase edit;
    private final ChangeProcedureStatusUseCase changeStatus;
    private final ImportProceduresUseCase importer;
    private final ExportProceduresQuery exporter;
    private final Actors actors;
    private final FormLinks links;
    private final ProceduresConfig config;

    ProcedureResource(ProcedureQueries queries, RegisterProcedureUseCase register,
            EditProcedureUseCase edit, ChangeProcedureStatusUseCase changeStatus, ImportProceduresUseCase importer,
            ExportProceduresQuery exporter, Actors actors, FormLinks links, ProceduresConfig config) {
        this.queries = queries;
        this.register = register;
        this.edit = edit;
        this.changeStatus = changeStatus;
        this.importer = importer;
        this.exporter = exporter;
        this.actors = actors;
        this.links = links;
        this.config = config;
    }

    @GET
    @PermitAll
    @Operation(summary = "Search procedures in Japanese, best first (public: online procedures only)")
    public SearchResponse search(@QueryParam("q") String text, @QueryParam("department") String department,
            @QueryParam("status") StatusKind status, @QueryParam("formKind") FormKind formKind,
            @QueryParam("onlineOnly") @DefaultValue("false") boolean onlineOnly,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        DepartmentCode owner = null;
        if (department != null && !department.isBlank()) {
            if (!DepartmentCode.isWellFormed(department.strip())) {
                throw InvalidInput.of("department", "department-code-format");
            }
            owner = new DepartmentCode(department.strip());
        }
        SearchProceduresQuery query = new SearchProceduresQuery(text, owner, status, formKind, onlineOnly, page, size);
        ProcedureQueries.SearchResults results = queries.search(query, actors.viewer());
        return new SearchResponse(results.total(), page, size,
                results.hits().stream().map(SearchHitResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One procedure (public: only when available online)")
    public Response get(@PathParam("id") UUID id) {
        ProcedureQueries.ProcedureView view = queries.get(new ProcedureId(id), actors.viewer());
        return Response.ok(ProcedureResponse.of(view, links)).tag(Versions.etag(view.procedure().version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Register a procedure (procedure-admin, or staff of its department)")
    public Response register(RegisterProcedureRequest request) {
        RegisterProcedureRequest body = request == null
                ? new RegisterProcedureRequest(null, null, null, null, null, null, null, null, null) : request;
        Procedure procedure = register.register(RegisterProcedureCommand.of(body.code(), body.input(),
                body.plannedFiscalYear(), actors.current()));
        return created(procedure);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Change a procedure's details; If-Match with its ETag (procedure-admin, or staff of its department)")
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EditProcedureRequest request) {
        long expected = Versions.expected(ifMatch);
        EditProcedureRequest body = request == null
                ? new EditProcedureRequest(null, null, null, null, null, null, null) : request;
        Procedure procedure = edit.edit(EditProcedureCommand.of(new ProcedureId(id), expected, body.input(),
                actors.current()));
        return current(procedure.id());
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Plan, complete, revise or abolish; If-Match with its ETag (procedure-admin, or staff of its department)")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            StatusChangeRequest request) {
        long expected = Versions.expected(ifMatch);
        StatusChangeRequest body = request == null ? new StatusChangeRequest(null, null, null, null, null, null)
                : request;
        StatusChange change = ChangeProcedureStatusCommand.change(body.status(), body.fiscalYear(), body.on(),
                body.formId(), body.reason(), body.note(), LocalDate.now(config.timeZone()));
        Procedure procedure = changeStatus.changeStatus(new ChangeProcedureStatusCommand(new ProcedureId(id), expected,
                change, actors.current()));
        return current(procedure.id());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Every change of a procedure: who, when, what (staff)")
    public List<HistoryEntryResponse> history(@PathParam("id") UUID id) {
        return queries.history(new ProcedureId(id)).stream().map(HistoryEntryResponse::of).toList();
    }

    @POST
    @Path("/import")
    @Consumes({ "text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN })
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Import procedures from CSV (UTF-8 or Shift_JIS/CP932), all or nothing, keyed by code")
    public ImportResponse importCsv(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("encoding") String encoding) throws IOException {
        byte[] bytes = readLimited(body, config.csvImport().maxBytes());
        String declared = encoding != null ? encoding : charsetParameter(contentType);
        Charset charset = ProcedureCsv.charsetOf(bytes, declared);
        List<ProcedureRow> rows = ProcedureCsv.read(ProcedureCsv.decode(bytes, charset));
        if (rows.size() > config.csvImport().maxRows()) {
            throw new ProblemException(413, "import-too-many-rows", rows.size(), config.csvImport().maxRows());
        }
        ImportProceduresCommand.Encoding read = charset.equals(ProcedureCsv.CP932)
                ? ImportProceduresCommand.Encoding.CP932 : ImportProceduresCommand.Encoding.UTF_8;
        try {
            ImportProceduresUseCase.ImportReport report = importer.importProcedures(new ImportProceduresCommand(
                    rows.stream().map(ProcedureCsvCells::read).toList(), actors.current(), read));
            return new ImportResponse(report.rows(), report.registered(), report.edited(), report.statusChanged(),
                    report.unchanged(), charset.name());
        } catch (InvalidInput rejected) {
            throw rejectedFile(rejected);
        }
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Every procedure as CSV, the import's shape (staff); encoding UTF-8 (with BOM) or Shift_JIS;"
            + " cells that would start a spreadsheet formula get a leading '; 422 export-unencodable when a"
            + " character cannot be written in Shift_JIS")
    public Response export(@QueryParam("encoding") @DefaultValue("UTF-8") String encoding,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Charset charset = ProcedureCsv.charsetOf(new byte[0], encoding);
        Locale locale = ResponseLanguage.of(acceptLanguage);
        byte[] csv = ProcedureCsv.export(charset, locale,
                sink -> exporter.allByCode().forEach(procedure -> sink.accept(ProcedureCsvCells.written(procedure))));
        StreamingOutput output = out -> out.write(csv);
        return Response.ok(output, "text/csv; charset=" + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Shift_JIS"))
                .header("Content-Disposition", "attachment; filename=\"procedures.csv\"").build();
    }

    private Response created(Procedure procedure) {
        ProcedureQueries.ProcedureView view = queries.get(procedure.id(), Viewer.STAFF);
        return Response.created(URI.create("/api/v1/procedures/" + procedure.id()))
                .entity(ProcedureResponse.of(view, links)).tag(Versions.etag(procedure.version())).build();
    }

    private Response current(ProcedureId id) {
        ProcedureQueries.ProcedureView view = queries.get(id, Viewer.STAFF);
        return Response.ok(ProcedureResponse.of(view, links)).tag(Versions.etag(view.procedure().version())).build();
    }

    /** The import's refusal: 422 with the number of bad lines, and each bad field of each. */
    private static ProblemException rejectedFile(InvalidInput rejected) {
        long lines = rejected.violations().stream().map(v -> v.field().replaceAll("^(lines\\[\\d+\\]).*$", "$1"))
                .distinct().count();
        return ProblemException.unprocessable("import-rejected", lines)
                .withFieldErrors(DomainFailureMappers.problemOf(rejected).fieldErrors()).causedBy(rejected);
    }

    private static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            return MediaType.valueOf(contentType).getParameters().get("charset");
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static byte[] readLimited(InputStream body, int maxBytes) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new ProblemException(413, "import-too-large", maxBytes / 1024 / 1024);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
