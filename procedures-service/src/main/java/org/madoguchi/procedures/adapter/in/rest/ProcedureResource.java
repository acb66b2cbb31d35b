package org.madoguchi.procedures.adapter.in.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
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
import org.madoguchi.platform.problem.ETags;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.platform.problem.ResponseLanguage;
import org.madoguchi.platform.security.Roles;
import org.madoguchi.procedures.adapter.in.rest.csv.CsvCharset;
import org.madoguchi.procedures.adapter.in.rest.csv.CsvUpload;
import org.madoguchi.procedures.adapter.in.rest.csv.ProcedureCsvReader;
import org.madoguchi.procedures.adapter.in.rest.csv.ProcedureCsvWriter;
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
        return SearchResponse.of(queries.search(query, actors.viewer()), page, size);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One procedure (public: only when available online)")
    public Response get(@PathParam("id") UUID id) {
        ProcedureQueries.ProcedureView view = queries.get(new ProcedureId(id), actors.viewer());
        return Response.ok(ProcedureResponse.of(view, links)).tag(ETags.of(view.procedure().version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STAFF, Roles.PROCEDURE_ADMIN })
    @Operation(summary = "Register a procedure (procedure-admin, or staff of its department)")
    public Response register(RegisterProcedureRequest request) {
        RegisterProcedureRequest body = request == null ? RegisterProcedureRequest.EMPTY : request;
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
        long expected = ETags.required(ifMatch);
        EditProcedureRequest body = request == null ? EditProcedureRequest.EMPTY : request;
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
            ChangeProcedureStatusRequest request) {
        long expected = ETags.required(ifMatch);
        ChangeProcedureStatusRequest body = request == null ? ChangeProcedureStatusRequest.EMPTY : request;
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
        byte[] bytes = CsvUpload.read(body, config.csvImport().maxBytes());
        Charset charset = CsvCharset.of(bytes, encoding != null ? encoding : CsvCharset.declaredIn(contentType));
        List<ImportProceduresCommand.Line> lines = ProcedureCsvReader.read(CsvCharset.decode(bytes, charset));
        if (lines.size() > config.csvImport().maxRows()) {
            throw new ProblemException(413, "import-too-many-rows", lines.size(), config.csvImport().maxRows());
        }
        try {
            return ImportResponse.of(importer.importProcedures(new ImportProceduresCommand(lines, actors.current(),
                    CsvCharset.encodingOf(charset))), charset);
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
        Charset charset = CsvCharset.named(encoding);
        byte[] csv = ProcedureCsvWriter.write(exporter.allByCode(), charset, ResponseLanguage.of(acceptLanguage));
        StreamingOutput output = out -> out.write(csv);
        return Response.ok(output, "text/csv; charset=" + CsvCharset.displayName(charset))
                .header("Content-Disposition", "attachment; filename=\"procedures.csv\"").build();
    }

    private Response created(Procedure procedure) {
        ProcedureQueries.ProcedureView view = queries.get(procedure.id(), Viewer.STAFF);
        return Response.created(URI.create("/api/v1/procedures/" + procedure.id()))
                .entity(ProcedureResponse.of(view, links)).tag(ETags.of(procedure.version())).build();
    }

    private Response current(ProcedureId id) {
        ProcedureQueries.ProcedureView view = queries.get(id, Viewer.STAFF);
        return Response.ok(ProcedureResponse.of(view, links)).tag(ETags.of(view.procedure().version())).build();
    }

    /** The import's refusal: 422 with the number of bad lines, and each bad field of each. */
    private static ProblemException rejectedFile(InvalidInput rejected) {
        long lines = rejected.violations().stream().map(v -> v.field().replaceAll("^(lines\\[\\d+\\]).*$", "$1"))
                .distinct().count();
        return ProblemException.unprocessable("import-rejected", lines)
                .withFieldErrors(DomainFailureMappers.problemOf(rejected).fieldErrors()).causedBy(rejected);
    }
}
