package org.madoguchi.platform.problem;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;

import org.madoguchi.platform.security.Roles;

/** A resource that fails in every way the problem mappers know, for the tests only. */
@Path("/test/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemTestResource {

    /** Where an applicant lives. */
    public record Address(@NotBlank String city, @Pattern(regexp = "\\d{3}-\\d{4}") String postalCode) {
    }

    /** An application form as a front-end would post it. */
    public record ApplicationForm(@NotBlank String applicantName, @NotNull @Min(1) Integer copies,
            @NotNull @Valid Address address, List<@NotBlank String> remarks, LocalDate wishedOn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationForm submit(@NotNull @Valid ApplicationForm form) {
        return form;
    }

    /** A type Jackson cannot construct: a defect of the service, not of the request. */
    public interface Attachment {
        String name();
    }

    @POST
    @Path("/{receiptNumber}/attachments")
    @Consumes(MediaType.APPLICATION_JSON)
    public String attach(@PathParam("receiptNumber") String receiptNumber, Attachment attachment) {
        return attachment.name();
    }

    @GET
    public List<String> search(@QueryParam("page-size") @Min(1) @Max(100) int pageSize) {
        return List.of();
    }

    @GET
    @Path("/{receiptNumber}")
    public String find(@PathParam("receiptNumber") String receiptNumber) {
        throw ProblemException.notFound("application-not-found", receiptNumber);
    }

    @PUT
    @Path("/{receiptNumber}/period")
    public String reschedule(@PathParam("receiptNumber") String receiptNumber) {
        throw ProblemException.badRequest("invalid-period")
                .withFieldError("returnOn", "return-before-start", LocalDate.of(2025, 4, 1).toString());
    }

    @PUT
    @Path("/{receiptNumber}/withdrawal")
    public String withdraw(@PathParam("receiptNumber") String receiptNumber) {
        throw ProblemException.conflict("application-already-decided", receiptNumber);
    }

    @GET
    @Path("/failing")
    public String failing() {
        throw new IllegalStateException("connection to jdbc:postgresql://db.internal/applications refused");
    }

    /** The database is out of reach: its cause is a JDBC connection failure, here wrapped as an ORM would wrap it. */
    @GET
    @Path("/database/{state}")
    public String database(@PathParam("state") String state) {
        SQLException cause = switch (state) {
            case "connection-lost" -> new SQLException("An I/O error occurred while sending to the backend.", "08006");
            case "shutting-down" -> new SQLException("FATAL: terminating connection due to administrator command",
                    "57P01");
            case "pool-timeout" -> new SQLException("Sorry, acquisition timeout!");
            default -> new SQLException("ERROR: duplicate key value violates unique constraint", "23505");
        };
        throw new IllegalStateException("could not execute statement", cause);
    }

    @GET
    @Path("/missing-result")
    public @NotNull String missingResult() {
        return null;
    }

    @GET
    @Path("/maintenance")
    public String maintenance() {
        throw new ServiceUnavailableException(120L);
    }

    @GET
    @Path("/sealed")
    public String sealed() {
        throw new ForbiddenException();
    }

    @GET
    @Path("/staff-notes")
    @RolesAllowed(Roles.STAFF)
    public String staffNotes() {
        return "notes";
    }
}
