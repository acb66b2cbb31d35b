package org.madoguchi.lending.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.madoguchi.lending.application.port.in.DisasterModeQueries;
import org.madoguchi.lending.application.port.in.LiftDisasterModeCommand;
import org.madoguchi.lending.application.port.in.LiftDisasterModeUseCase;
import org.madoguchi.lending.domain.model.DisasterDeclarationId;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.platform.security.Roles;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** 災害モード: declared and lifted by 情報政策課; everyone sees whether it is in force. */
@Path("/api/v1/lending/disaster-mode")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisasterModeResource {

    private final DeclareDisasterModeUseCase declare;
    private final LiftDisasterModeUseCase lift;
    private final DisasterModeQueries queries;
    private final Actors actors;

    DisasterModeResource(DeclareDisasterModeUseCase declare, LiftDisasterModeUseCase lift, DisasterModeQueries queries,
                         Actors actors) {
        this.declare = declare;
        this.lift = lift;
        this.queries = queries;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    public List<DisasterDeclarationResponse> inForce() {
        return queries.inForce().stream().map(DisasterDeclarationResponse::of).toList();
    }

    @POST
    @RolesAllowed(Roles.INFO_POLICY)
    public RestResponse<DisasterDeclarationResponse> declare(@NotNull @Valid DeclareDisasterModeRequest request) {
        var outcome = declare.declare(new DeclareDisasterModeCommand(actors.current(),
                request.siteCodes().stream().map(SiteCode::new).collect(Collectors.toSet()), request.effectiveFrom(),
                request.reason()));
        return RestResponse.status(RestResponse.Status.CREATED, DisasterDeclarationResponse.of(outcome.declaration(),
                outcome.bookingsCancelled(), outcome.devicesRecalled()));
    }

    @POST
    @Path("/{id}/lift")
    @RolesAllowed(Roles.INFO_POLICY)
    public DisasterDeclarationResponse lift(@PathParam("id") UUID id) {
        return DisasterDeclarationResponse.of(lift.lift(new LiftDisasterModeCommand(new DisasterDeclarationId(id),
                actors.current())));
    }
}
