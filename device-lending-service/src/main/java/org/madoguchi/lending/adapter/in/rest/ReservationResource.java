package org.madoguchi.lending.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.madoguchi.lending.application.port.in.CancelReservationCommand;
import org.madoguchi.lending.application.port.in.CancelReservationUseCase;
import org.madoguchi.lending.application.port.in.DecideReservationCommand;
import org.madoguchi.lending.application.port.in.DecideReservationUseCase;
import org.madoguchi.lending.application.port.in.HandOverDeviceCommand;
import org.madoguchi.lending.application.port.in.HandOverDeviceUseCase;
import org.madoguchi.lending.application.port.in.ReservationQueries;
import org.madoguchi.lending.application.port.in.ReserveDeviceCommand;
import org.madoguchi.lending.application.port.in.ReserveDeviceUseCase;
import org.madoguchi.lending.application.port.in.ReturnDeviceCommand;
import org.madoguchi.lending.application.port.in.ReturnDeviceUseCase;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.Reservation;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** 予約: booking, approval, cancellation, hand-over and return of devices. */
@Path("/api/v1/lending/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationResource {

    private final ReserveDeviceUseCase reserve;
    private final DecideReservationUseCase decide;
    private final CancelReservationUseCase cancel;
    private final HandOverDeviceUseCase handOver;
    private final ReturnDeviceUseCase takeBack;
    private final ReservationQueries queries;
    private final Actors actors;

    ReservationResource(ReserveDeviceUseCase reserve, DecideReservationUseCase decide, CancelReservationUseCase cancel,
                        HandOverDeviceUseCase handOver, ReturnDeviceUseCase takeBack, ReservationQueries queries,
                        Actors actors) {
        this.reserve = reserve;
        this.decide = decide;
        this.cancel = cancel;
        this.handOver = handOver;
        this.takeBack = takeBack;
        this.queries = queries;
        this.actors = actors;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    public RestResponse<ReservationResponse> reserve(@NotNull @Valid ReserveDeviceRequest request) {
        Actor actor = actors.current();
        Reservation reservation = reserve.reserve(ReserveDeviceCommand.of(actors.borrower(),
                request.deviceId() == null ? null : new DeviceId(request.deviceId()),
                request.siteCode() == null ? null : new SiteCode(request.siteCode()),
                request.start(), request.end(), request.purpose(), request.note()));
        return RestResponse.ResponseBuilder.<ReservationResponse>created(
                        URI.create("/api/v1/lending/reservations/" + reservation.id().value()))
                .entity(ReservationResponse.of(reservation.visibleTo(actor))).build();
    }

    /** The caller's own bookings, and so what they hold. */
    @GET
    @Path("/mine")
    @RolesAllowed(Roles.STAFF)
    public List<ReservationResponse> mine(@QueryParam("active") @DefaultValue("true") boolean activeOnly) {
        return queries.reservationsOf(actors.current(), activeOnly).stream().map(ReservationResponse::of).toList();
    }

    /** Bookings of a site between two instants, for its desk. */
    @GET
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public List<ReservationResponse> atSite(@QueryParam("site") @NotNull String site, @QueryParam("from") String from,
                                            @QueryParam("to") String to) {
        return queries.reservationsAt(new SiteCode(site), QueryParams.instant("from", from),
                QueryParams.instant("to", to), actors.current()).stream().map(ReservationResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    public ReservationResponse one(@PathParam("id") UUID id) {
        return ReservationResponse.of(queries.reservation(new ReservationId(id), actors.current()));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public ReservationResponse approve(@PathParam("id") UUID id, @Valid DecideReservationRequest decision) {
        return decided(id, DecideReservationCommand.Verdict.APPROVE, decision);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public ReservationResponse decline(@PathParam("id") UUID id, @Valid DecideReservationRequest decision) {
        return decided(id, DecideReservationCommand.Verdict.DECLINE, decision);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.STAFF)
    public ReservationResponse cancel(@PathParam("id") UUID id) {
        Actor actor = actors.current();
        return ReservationResponse.of(cancel.cancel(new CancelReservationCommand(new ReservationId(id), actor))
                .visibleTo(actor));
    }

    private ReservationResponse decided(UUID id, DecideReservationCommand.Verdict verdict,
                                        DecideReservationRequest decision) {
        Actor actor = actors.current();
        return ReservationResponse.of(decide.decide(new DecideReservationCommand(new ReservationId(id), actor, verdict,
                decision == null ? null : decision.comment())).visibleTo(actor));
    }

    @POST
    @Path("/{id}/hand-over")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public LendingResponse handOver(@PathParam("id") UUID id, @NotNull @Valid HandOverDeviceRequest request) {
        Lending lending = handOver.handOver(new HandOverDeviceCommand(new ReservationId(id), actors.current(),
                new Lending.Notebook(request.notebook().arrangement(), request.notebook().assetTag(),
                        request.notebook().storage()),
                request.kit(), request.disinfected(), request.operationChecked(), request.rulesAcknowledged()));
        return LendingResponse.of(lending);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public ReturnResponse takeBack(@PathParam("id") UUID id, @NotNull @Valid ReturnDeviceRequest request) {
        return ReturnResponse.of(takeBack.takeBack(new ReturnDeviceCommand(new ReservationId(id), actors.current(),
                request.kitReturned(), request.notebookReturned(), request.notebookConfirmedByOwner(),
                request.damageNote())));
    }
}
