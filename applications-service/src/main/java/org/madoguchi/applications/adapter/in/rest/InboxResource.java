package org.madoguchi.applications.adapter.in.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.madoguchi.applications.application.port.in.ApplicationQueries;
import org.madoguchi.applications.application.port.in.InboxQuery;
import org.madoguchi.applications.domain.model.ApplicationStatus;
import org.madoguchi.applications.domain.model.FormId;
import org.madoguchi.applications.domain.model.InboxFilter;
import org.madoguchi.applications.domain.model.ReceiptNumber;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.security.Roles;

/** The department's inbox of applications, due first. */
@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inbox", description = "The department's applications, due first; overdue ones flagged")
public class InboxResource {

    private final ApplicationQueries queries;
    private final Actors actors;

    InboxResource(ApplicationQueries queries, Actors actors) {
        this.queries = queries;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The caller's department's applications: filter by form, status (repeatable), submission"
            + " dates (from, to: yyyy-MM-dd, Asia/Tokyo), receipt number and due (OVERDUE, SOON); paged")
    public ApplicationPageResponse inbox(@QueryParam("formId") String formId, @QueryParam("status") List<String> status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("receiptNumber") String receiptNumber, @QueryParam("due") String due,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Optional<FormId> form = parse(errors, "formId", formId, text -> new FormId(UUID.fromString(text)));
        Set<ApplicationStatus> statuses = EnumSet.noneOf(ApplicationStatus.class);
        for (int i = 0; status != null && i < status.size(); i++) {
            String value = status.get(i);
            parse(errors, "status", value, ApplicationStatus::valueOf).ifPresent(statuses::add);
        }
        Optional<LocalDate> fromDay = parse(errors, "from", from, LocalDate::parse);
        Optional<LocalDate> toDay = parse(errors, "to", to, LocalDate::parse);
        Optional<ReceiptNumber> number = Optional.empty();
        if (receiptNumber != null && !receiptNumber.isBlank()) {
            errors.check("receiptNumber", () -> ReceiptNumber.parse(receiptNumber));
            if (errors.isEmpty()) {
                number = Optional.of(ReceiptNumber.parse(receiptNumber));
            }
        }
        Optional<InboxFilter.Due> byDue = parse(errors, "due", due, InboxFilter.Due::valueOf);
        Pages.check(errors, page, size);
        errors.check("", () -> new InboxFilter(null, null, fromDay, toDay, null, null));
        errors.throwIfAny();
        InboxFilter filter = new InboxFilter(form, statuses, fromDay, toDay, number, byDue);
        return ApplicationPageResponse.of(queries.inbox(new InboxQuery(actors.current(), filter, page, size)),
                queries::isOverdue);
    }

    private static <T> Optional<T> parse(InvalidInput.Collector errors, String field, String text,
            java.util.function.Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text.strip()));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            errors.add(field, "malformed-value");
            return Optional.empty();
        }
    }
}
