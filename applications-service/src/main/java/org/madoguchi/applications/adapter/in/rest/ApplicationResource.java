package org.madoguchi.applications.adapter.in.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.applications.application.port.in.ApplicationQueries;
import org.madoguchi.applications.application.port.in.ProcessApplicationCommand;
import org.madoguchi.applications.application.port.in.ProcessApplicationUseCase;
import org.madoguchi.applications.application.port.in.ResubmitApplicationCommand;
import org.madoguchi.applications.application.port.in.ResubmitApplicationUseCase;
import org.madoguchi.applications.application.port.in.SubmitApplicationCommand;
import org.madoguchi.applications.application.port.in.SubmitApplicationUseCase;
import org.madoguchi.applications.application.port.in.WithdrawApplicationCommand;
import org.madoguchi.applications.application.port.in.WithdrawApplicationUseCase;
import org.madoguchi.applications.domain.model.Action;
import org.madoguchi.applications.domain.model.Actor;
import org.madoguchi.applications.domain.model.Application;
import org.madoguchi.applications.domain.model.ApplicationId;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.LookupCode;
import org.madoguchi.applications.domain.model.Receipt;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.problem.ETags;
import org.madoguchi.platform.security.Roles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.security.Authenticated;

/** 申請: submitting e-applications, following them, and the department's workflow steps on them. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "申請: e-applications, receipt numbers and the workflow")
public class ApplicationResource {

    /** Header of the IETF draft "The Idempotency-Key HTTP Header Field". */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on the answer to a retry that repeats the first answer. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final SubmitApplicationUseCase submit;
    private final ProcessApplicationUseCase process;
    private final WithdrawApplicationUseCase withdraw;
    private final ResubmitApplicationUseCase resubmit;
    private final ApplicationQueries queries;
    private final Actors actors;
    private final ObjectMapper canonical;

    ApplicationResource(SubmitApplicationUseCase submit, ProcessApplicationUseCase process,
            WithdrawApplicationUseCase withdraw, ResubmitApplicationUseCase resubmit, ApplicationQueries queries,
            Actors actors, ObjectMapper json) {
        this.submit = submit;
        this.process = process;
        this.withdraw = withdraw;
        this.resubmit = resubmit;
        this.queries = queries;
        this.actors = actors;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    @POST
    @Path("/forms/{formId}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Submit answers to an open form (signed in, or anyone where the form accepts anonymous"
            + " answers); Idempotency-Key makes a retry safe")
    public Response submit(@PathParam("formId") UUID formId, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            SubmitApplicationRequest request) {
        SubmitApplicationRequest body = request == null ? new SubmitApplicationRequest(null) : request;
        Receipt receipt = submit.submit(new SubmitApplicationCommand(actors.current(), new FormId(formId),
                AnswerJson.read(body.answers()), Optional.ofNullable(idempotencyKey), fingerprint(formId, body)));
        Response.ResponseBuilder response = Response
                .created(URI.create("/api/v1/applications/" + receipt.application().id()))
                .entity(ReceiptResponse.of(receipt)).tag(ETags.of(receipt.application().version()));
        if (receipt.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    @GET
    @Path("/applications/mine")
    @Authenticated
    @Operation(summary = "The caller's own applications, newest first")
    public ApplicationPageResponse mine(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Pages.check(page, size);
        return ApplicationPageResponse.of(queries.mine(actors.current(), page, size), queries::isOverdue);
    }

    @GET
    @Path("/applications/{id}")
    @Authenticated
    @Operation(summary = "One application with answers and history (its applicant, or staff of its department)")
    public Response get(@PathParam("id") UUID id) {
        Actor actor = actors.current();
        Application application = queries.application(actor, new ApplicationId(id));
        return read(application, actor).build();
    }

    @POST
    @Path("/applications/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "A workflow step: RECEIVE, START_REVIEW, COMPLETE, REJECT or RETURN_FOR_CORRECTION, with a"
            + " comment (required to reject or return); If-Match with the ETag (staff of the owning department)")
    public Response act(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ProcessApplicationRequest request) {
        long expected = ETags.required(ifMatch);
        ProcessApplicationRequest body = request == null ? new ProcessApplicationRequest(null, null) : request;
        Actor actor = actors.current();
        Application changed = process.process(new ProcessApplicationCommand(actor, new ApplicationId(id),
                body.action(), body.comment(), expected));
        return read(changed, actor).build();
    }

    @POST
    @Path("/applications/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "取下げ: the applicant withdraws the application before it is completed or rejected")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            WithdrawApplicationRequest request) {
        Actor actor = actors.current();
        Application changed = withdraw.withdraw(new WithdrawApplicationCommand(actor, new ApplicationId(id),
                request == null ? null : request.comment(), ETags.optional(ifMatch)));
        return read(changed, actor).build();
    }

    @PUT
    @Path("/applications/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "再申請: the applicant sends corrected answers to an application returned for correction")
    public Response resubmit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ResubmitApplicationRequest request) {
        ResubmitApplicationRequest body = request == null ? new ResubmitApplicationRequest(null, null) : request;
        Actor actor = actors.current();
        Application changed = resubmit.resubmit(new ResubmitApplicationCommand(actor, new ApplicationId(id),
                AnswerJson.read(body.answers()), body.comment(), ETags.optional(ifMatch)));
        return read(changed, actor).build();
    }

    @POST
    @Path("/applications/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The status of an anonymous application, with its receipt number and lookup code")
    public StatusLookupResponse lookup(LookupStatusRequest request) {
        LookupStatusRequest body = request == null ? new LookupStatusRequest(null, null) : request;
        InvalidInput.Collector errors = new InvalidInput.Collector();
        errors.check("receiptNumber", () -> ReceiptNumber.parse(body.receiptNumber()));
        if (body.lookupCode() == null || body.lookupCode().isBlank()) {
            errors.add("lookupCode", "not-blank");
        }
        errors.throwIfAny();
        ReceiptNumber number = ReceiptNumber.parse(body.receiptNumber());
        return StatusLookupResponse.of(queries.lookup(number, LookupCode.typed(body.lookupCode())));
    }

    private Response.ResponseBuilder read(Application application, Actor actor) {
        Action.By reader = actor.worksIn(application.form().department()) ? Action.By.DEPARTMENT : Action.By.APPLICANT;
        return Response.ok(ApplicationResponse.of(application, queries.isOverdue(application), reader))
                .tag(ETags.of(application.version()));
    }

    /** A digest of what the request asks for, the same however its JSON is spaced or its keys are ordered. */
    private byte[] fingerprint(UUID formId, SubmitApplicationRequest body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(formId.toString().getBytes(StandardCharsets.US_ASCII));
            digest.update(canonical.writeValueAsBytes(body));
            return digest.digest();
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot take the fingerprint of a request", e);
        }
    }
}
