package org.madoguchi.platform.text;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.madoguchi.platform.failure.DomainFailure;
import org.madoguchi.platform.failure.InvalidInput;
import org.madoguchi.platform.failure.Violation;

/** A resource that stores notices, for the tests of the text rules and of domain failures only. */
@Path("/test/notices")
@Produces(MediaType.APPLICATION_JSON)
public class TextTestResource {

    /** How many notices were accepted: a body refused by the text rules never reaches the resource. */
    static final AtomicInteger ACCEPTED = new AtomicInteger();

    /** A notice as a front-end posts it: a one-line title, a body of several lines, tags. */
    public record Notice(@SingleLine String title, String body, List<String> tags) {
    }

    /** A refusal of a test domain: the seat is taken. */
    static final class SeatTaken extends DomainFailure {
        SeatTaken(String seat) {
            super(Kind.CONFLICT, "seat-taken", seat);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Notice post(@NotNull @Valid Notice notice) {
        ACCEPTED.incrementAndGet();
        return notice;
    }

    @POST
    @Path("/seats")
    @Consumes(MediaType.TEXT_PLAIN)
    public String book(String seat) {
        throw new SeatTaken(seat);
    }

    @POST
    @Path("/invalid")
    @Consumes(MediaType.TEXT_PLAIN)
    public String invalid(String ignored) {
        throw new InvalidInput(List.of(Violation.of("title", "text-too-long", 40), Violation.of("tags[1]", "single-line")));
    }
}
