package org.madoguchi.lending.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.madoguchi.lending.application.port.in.CancelReservationCommand;
import org.madoguchi.lending.application.port.in.CancelReservationUseCase;
import org.madoguchi.lending.application.port.in.DecideReservationCommand;
import org.madoguchi.lending.application.port.in.DecideReservationUseCase;
import org.madoguchi.lending.application.port.in.HandOverDeviceCommand;
import org.madoguchi.lending.application.port.in.HandOverDeviceUseCase;
import org.madoguchi.lending.application.port.in.LendingQueries;
import org.madoguchi.lending.application.port.in.ReserveDeviceCommand;
import org.madoguchi.lending.application.port.in.ReserveDeviceUseCase;
import org.madoguchi.lending.application.port.in.ReturnDeviceCommand;
import org.madoguchi.lending.application.port.in.ReturnDeviceUseCase;
import org.madoguchi.lending.domain.model.Actor;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.KitItem;
import org.madoguchi.lending.domain.model.Lending;
import org.madoguchi.lending.domain.model.NotebookArrangement;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.Purpose;
import org.madoguchi.lending.domain.model.ReservationId;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.lending.domain.model.UsageRule;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.platform.security.Roles;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
    private final LendingQueries queries;
    private final Actors actors;

    ReservationResource(ReserveDeviceUseCase reserve, DecideReservationUseCase decide, CancelReservationUseCase cancel,
                        HandOverDeviceUseCase handOver, ReturnDeviceUseCase takeBack, LendingQueries queries, Actors actors) {
        this.reserve = reserve;
        this.decide = decide;
        this.cancel = cancel;
        this.handOver = handOver;
        this.takeBack = takeBack;
        this.queries = queries;
        this.actors = actors;
    }

    /** A booking of a device, or of any free device of a site. */
    public record ReservationRequest(UUID deviceId, @Size(max = 40) String siteCode, @NotNull Instant start,
                                     @NotNull Instant end, @NotNull Purpose purpose, @Size(max = 500) String note) {
    }

    public record Decision(@Size(max = 500) String comment) {
    }

    public record NotebookRequest(@NotNull NotebookArrangement arrangement, @Size(max = 40) String assetTag,
                                  @Size(max = 200) String storage) {
    }

    public record HandOverRequest(@NotNull @Valid NotebookRequest notebook, @NotNull Set<KitItem> kit, boolean disinfected,
                                  boolean operationChecked, @NotNull Set<UsageRule> rulesAcknowledged) {
    }

    public record ReturnRequest(@NotNull Set<KitItem> kitReturned, boolean notebookReturned,
                                boolean notebookConfirmedByOwner, @Size(max = 2000) String damageNote) {
    }

    public record ReturnView(Views.LendingView lending, List<Views.IncidentView> incidentsOpened) {
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    public RestResponse<Views.ReservationView> reserve(@NotNull @Valid ReservationRequest request) {
        if ((request.deviceId() == null) == (request.siteCode() == null || request.siteCode().isBlank())) {
            throw ProblemException.badRequest("device-or-site").withFieldError("deviceId", "device-or-site");
        }
        if (!request.end().isAfter(request.start())) {
            throw ProblemException.badRequest("end-before-start").withFieldError("end", "end-before-start");
        }
        Actor actor = actors.current();
        var reservation = reserve.reserve(new ReserveDeviceCommand(actors.borrower(),
                request.deviceId() == null ? null : new DeviceId(request.deviceId()),
                request.siteCode() == null ? null : new SiteCode(request.siteCode()),
                new Period(request.start(), request.end()), request.purpose(), request.note()));
        return RestResponse.ResponseBuilder.<Views.ReservationView>created(
                        URI.create("/api/v1/lending/reservations/" + reservation.id().value()))
                .entity(Views.ReservationView.of(reservation, actor)).build();
    }

    /** The caller's own bookings, and so what they hold. */
    @GET
    @Path("/mine")
    @RolesAllowed(Roles.STAFF)
    public List<Views.ReservationView> mine(@QueryParam("active") @DefaultValue("true") boolean activeOnly) {
        Actor actor = actors.current();
        return queries.reservationsOf(actor, activeOnly).stream().map(r -> Views.ReservationView.of(r, actor)).toList();
    }

    /** Bookings of a site between two instants, for its desk. */
    @GET
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public List<Views.ReservationView> atSite(@QueryParam("site") @NotNull String site, @QueryParam("from") String from,
                                              @QueryParam("to") String to) {
        Period window = SiteResource.period(from, to, SiteResource.LONGEST_LIST);
        Actor actor = actors.current();
        return queries.reservationsAt(new SiteCode(site), window, actor).stream()
                .map(r -> Views.ReservationView.of(r, actor)).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    public Views.ReservationView one(@PathParam("id") UUID id) {
        Actor actor = actors.current();
        return Views.ReservationView.of(queries.reservation(new ReservationId(id), actor), actor);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public Views.ReservationView approve(@PathParam("id") UUID id, @Valid Decision decision) {
        return decided(id, DecideReservationCommand.Verdict.APPROVE, decision);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public Views.ReservationView decline(@PathParam("id") UUID id, @Valid Decision decision) {
        return decided(id, DecideReservationCommand.Verdict.DECLINE, decision);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.STAFF)
    public Views.ReservationView cancel(@PathParam("id") UUID id) {
        Actor actor = actors.current();
        return Views.ReservationView.of(cancel.cancel(new CancelReservationCommand(new ReservationId(id), actor)), actor);
    }

    private Views.ReservationView decided(UUID id, DecideReservationCommand.Verdict verdict, Decision decision) {
        Actor actor = actors.current();
        return Views.ReservationView.of(decide.decide(new DecideReservationCommand(new ReservationId(id), actor, verdict,
                decision == null ? null : decision.comment())), actor);
    }

    @POST
    @Path("/{id}/hand-over")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public Response handOver(@PathParam("id") UUID id, @NotNull @Valid HandOverRequest request) {
        Lending lending = handOver.handOver(new HandOverDeviceCommand(new ReservationId(id), actors.current(),
                new Lending.Notebook(request.notebook().arrangement(), request.notebook().assetTag(), request.notebook().storage()),
                request.kit(), request.disinfected(), request.operationChecked(), request.rulesAcknowledged()));
        return Response.ok(Views.LendingView.of(lending)).build();
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public ReturnView takeBack(@PathParam("id") UUID id, @NotNull @Valid ReturnRequest request) {
        ReturnDeviceUseCase.ReturnOutcome outcome = takeBack.takeBack(new ReturnDeviceCommand(new ReservationId(id),
                actors.current(), request.kitReturned(), request.notebookReturned(), request.notebookConfirmedByOwner(),
                request.damageNote()));
        return new ReturnView(Views.LendingView.of(outcome.lending()),
                outcome.incidentsOpened().stream().map(Views.IncidentView::of).toList());
    }
}
