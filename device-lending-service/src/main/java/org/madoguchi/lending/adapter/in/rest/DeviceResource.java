package org.madoguchi.lending.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.madoguchi.lending.application.port.in.DeviceIncidentsUseCase;
import org.madoguchi.lending.application.port.in.LendingQueries;
import org.madoguchi.lending.application.port.in.LogMaintenanceUseCase;
import org.madoguchi.lending.application.port.in.ManageInventoryUseCase;
import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.platform.problem.ProblemException;
import org.madoguchi.platform.security.Roles;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The devices: inventory, loss (紛失), disabling (無効措置), faults (故障), maintenance. */
@Path("/api/v1/lending/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceResource {

    private final LendingQueries queries;
    private final ManageInventoryUseCase inventory;
    private final DeviceIncidentsUseCase incidents;
    private final LogMaintenanceUseCase maintenance;
    private final MaintenanceLog maintenanceLog;
    private final Actors actors;

    DeviceResource(LendingQueries queries, ManageInventoryUseCase inventory, DeviceIncidentsUseCase incidents,
                   LogMaintenanceUseCase maintenance, MaintenanceLog maintenanceLog, Actors actors) {
        this.queries = queries;
        this.inventory = inventory;
        this.incidents = incidents;
        this.maintenance = maintenance;
        this.maintenanceLog = maintenanceLog;
        this.actors = actors;
    }

    public record NewDevice(@NotNull @Pattern(regexp = "[0-9]{3}") String number, @NotBlank @Size(max = 40) String siteCode) {
    }

    public record Move(@NotBlank @Size(max = 40) String siteCode) {
    }

    public record Report(@Size(max = 2000) String description) {
    }

    public record Inspection(@Size(max = 2000) String note) {
    }

    public record MaintenanceRequest(@NotNull MaintenanceWindow.Kind kind, @NotNull Instant start, @NotNull Instant end,
                                     @Size(max = 2000) String note) {
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    public List<Views.DeviceView> list(@QueryParam("site") String site) {
        return queries.devices(site).stream().map(Views.DeviceView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.INFO_POLICY)
    public RestResponse<Views.DeviceView> register(@NotNull @Valid NewDevice request) {
        var device = inventory.registerDevice(new DeviceNumber(request.number()), request.siteCode(), actors.current());
        return RestResponse.ResponseBuilder.<Views.DeviceView>created(URI.create("/api/v1/lending/devices/" + device.id()))
                .entity(Views.DeviceView.of(device)).build();
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed(Roles.INFO_POLICY)
    public Views.DeviceView move(@PathParam("id") UUID id, @NotNull @Valid Move request) {
        return Views.DeviceView.of(inventory.moveDevice(id, request.siteCode(), actors.current()));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Roles.INFO_POLICY)
    public Views.DeviceView retire(@PathParam("id") UUID id) {
        return Views.DeviceView.of(inventory.retireDevice(id, actors.current()));
    }

    /** Whoever holds the device reports a loss at once. */
    @POST
    @Path("/{id}/loss-report")
    @RolesAllowed(Roles.STAFF)
    public Views.IncidentView reportLoss(@PathParam("id") UUID id, @Valid Report report) {
        return Views.IncidentView.of(incidents.reportLoss(id, actors.current(), report == null ? null : report.description()));
    }

    /** The desk records that it disabled the lost device. */
    @POST
    @Path("/{id}/disabling")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public Views.IncidentView disable(@PathParam("id") UUID id) {
        return Views.IncidentView.of(incidents.recordDisabling(id, actors.current()));
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public Views.DeviceView restore(@PathParam("id") UUID id, @Valid Inspection inspection) {
        return Views.DeviceView.of(incidents.restore(id, actors.current(), inspection == null ? null : inspection.note()));
    }

    @POST
    @Path("/{id}/fault-report")
    @RolesAllowed(Roles.STAFF)
    public Views.IncidentView reportFault(@PathParam("id") UUID id, @Valid Report report) {
        return Views.IncidentView.of(incidents.reportFault(id, actors.current(), report == null ? null : report.description()));
    }

    @POST
    @Path("/{id}/maintenance")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public RestResponse<Views.MaintenanceView> logMaintenance(@PathParam("id") UUID id, @NotNull @Valid MaintenanceRequest request) {
        if (!request.end().isAfter(request.start())) {
            throw ProblemException.badRequest("end-before-start").withFieldError("end", "end-before-start");
        }
        MaintenanceWindow entry = maintenance.log(new LogMaintenanceUseCase.LogMaintenanceCommand(id, actors.current(),
                request.kind(), new Period(request.start(), request.end()), request.note()));
        return RestResponse.status(RestResponse.Status.CREATED, Views.MaintenanceView.of(entry));
    }

    @GET
    @Path("/{id}/maintenance")
    @RolesAllowed(Roles.STAFF)
    public List<Views.MaintenanceView> maintenanceLog(@PathParam("id") UUID id) {
        return maintenanceLog.ofDevice(id).stream().map(Views.MaintenanceView::of).toList();
    }
}
