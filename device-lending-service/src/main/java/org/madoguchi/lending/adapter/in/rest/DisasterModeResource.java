package org.madoguchi.lending.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.madoguchi.lending.application.port.in.DeclareDisasterModeCommand;
import org.madoguchi.lending.application.port.in.DeclareDisasterModeUseCase;
import org.madoguchi.lending.application.port.in.LendingQueries;
import org.madoguchi.lending.application.port.in.LiftDisasterModeCommand;
import org.madoguchi.lending.application.port.in.LiftDisasterModeUseCase;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.platform.security.Roles;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** 災害モード: declared and lifted by 情報政策課; everyone sees whether it is in force. */
@Path("/api/v1/lending/disaster-mode")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisasterModeResource {

    private final DeclareDisasterModeUseCase declare;
    private final LiftDisasterModeUseCase lift;
    private final LendingQueries queries;
    private final Actors actors;

    DisasterModeResource(DeclareDisasterModeUseCase declare, LiftDisasterModeUseCase lift, LendingQueries queries,
                         Actors actors) {
        this.declare = declare;
        this.lift = lift;
        this.queries = queries;
        this.actors = actors;
    }

    /** Sites in scope (none: every site), from when (default: now), and why. */
    public record Declaration(@NotNull Set<@Size(max = 40) String> siteCodes, Instant effectiveFrom, @Size(max = 2000) String reason) {
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    public List<Views.DisasterView> inForce() {
        return queries.disasterModesInForce().stream().map(d -> Views.DisasterView.of(d, null, null)).toList();
    }

    @POST
    @RolesAllowed(Roles.INFO_POLICY)
    public RestResponse<Views.DisasterView> declare(@NotNull @Valid Declaration request) {
        var outcome = declare.declare(new DeclareDisasterModeCommand(actors.current(),
                request.siteCodes().stream().map(SiteCode::new).collect(Collectors.toSet()), request.effectiveFrom(),
                request.reason()));
        return RestResponse.status(RestResponse.Status.CREATED,
                Views.DisasterView.of(outcome.declaration(), outcome.bookingsCancelled(), outcome.devicesRecalled()));
    }

    @POST
    @Path("/{id}/lift")
    @RolesAllowed(Roles.INFO_POLICY)
    public Views.DisasterView lift(@PathParam("id") UUID id) {
        return Views.DisasterView.of(lift.lift(new LiftDisasterModeCommand(new DisasterDeclarationId(id), actors.current())),
                null, null);
    }
}
