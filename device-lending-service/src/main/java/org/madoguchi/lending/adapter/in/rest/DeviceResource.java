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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.madoguchi.lending.application.port.in.InventoryQueries;
import org.madoguchi.lending.application.port.in.LogMaintenanceCommand;
import org.madoguchi.lending.application.port.in.LogMaintenanceUseCase;
import org.madoguchi.lending.application.port.in.MoveDeviceCommand;
import org.madoguchi.lending.application.port.in.MoveDeviceUseCase;
import org.madoguchi.lending.application.port.in.RecordDisablingCommand;
import org.madoguchi.lending.application.port.in.RecordDisablingUseCase;
import org.madoguchi.lending.application.port.in.RegisterDeviceCommand;
import org.madoguchi.lending.application.port.in.RegisterDeviceUseCase;
import org.madoguchi.lending.application.port.in.ReportFaultCommand;
import org.madoguchi.lending.application.port.in.ReportFaultUseCase;
import org.madoguchi.lending.application.port.in.ReportLossCommand;
import org.madoguchi.lending.application.port.in.ReportLossUseCase;
import org.madoguchi.lending.application.port.in.RestoreDeviceCommand;
import org.madoguchi.lending.application.port.in.RestoreDeviceUseCase;
import org.madoguchi.lending.application.port.in.RetireDeviceCommand;
import org.madoguchi.lending.application.port.in.RetireDeviceUseCase;
import org.madoguchi.lending.domain.model.Device;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The devices: inventory, loss (紛失), disabling (無効措置), faults (故障), maintenance. */
@Path("/api/v1/lending/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceResource {

    private final InventoryQueries queries;
    private final RegisterDeviceUseCase register;
    private final MoveDeviceUseCase move;
    private final RetireDeviceUseCase retire;
    private final ReportLossUseCase reportLoss;
    private final RecordDisablingUseCase recordDisabling;
    private final RestoreDeviceUseCase restore;
    private final ReportFaultUseCase reportFault;
    private final LogMaintenanceUseCase logMaintenance;
    private final Actors actors;

    DeviceResource(InventoryQueries queries, RegisterDeviceUseCase register, MoveDeviceUseCase move,
                   RetireDeviceUseCase retire, ReportLossUseCase reportLoss, RecordDisablingUseCase recordDisabling,
                   RestoreDeviceUseCase restore, ReportFaultUseCase reportFault, LogMaintenanceUseCase logMaintenance,
                   Actors actors) {
        this.queries = queries;
        this.register = register;
        this.move = move;
        this.retire = retire;
        this.reportLoss = reportLoss;
        this.recordDisabling = recordDisabling;
        this.restore = restore;
        this.reportFault = reportFault;
        this.logMaintenance = logMaintenance;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    public List<DeviceResponse> list(@QueryParam("site") String site) {
        return queries.devices(site == null ? null : new SiteCode(site)).stream().map(DeviceResponse::of).toList();
    }

    @POST
    @RolesAllowed(Roles.INFO_POLICY)
    public RestResponse<DeviceResponse> register(@NotNull @Valid RegisterDeviceRequest request) {
        Device device = register.register(new RegisterDeviceCommand(new DeviceNumber(request.number()),
                new SiteCode(request.siteCode()), actors.current()));
        return RestResponse.ResponseBuilder.<DeviceResponse>created(URI.create("/api/v1/lending/devices/" + device.id().value()))
                .entity(DeviceResponse.of(device)).build();
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed(Roles.INFO_POLICY)
    public DeviceResponse move(@PathParam("id") UUID id, @NotNull @Valid MoveDeviceRequest request) {
        return DeviceResponse.of(move.move(new MoveDeviceCommand(new DeviceId(id), new SiteCode(request.siteCode()),
                actors.current())));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Roles.INFO_POLICY)
    public DeviceResponse retire(@PathParam("id") UUID id) {
        return DeviceResponse.of(retire.retire(new RetireDeviceCommand(new DeviceId(id), actors.current())));
    }

    /** Whoever holds the device reports a loss at once. */
    @POST
    @Path("/{id}/loss-report")
    @RolesAllowed(Roles.STAFF)
    public IncidentResponse reportLoss(@PathParam("id") UUID id, @Valid LossOrFaultReportRequest report) {
        return IncidentResponse.of(reportLoss.reportLoss(new ReportLossCommand(new DeviceId(id), actors.current(),
                report == null ? null : report.description())));
    }

    /** The desk records that it disabled the lost device. */
    @POST
    @Path("/{id}/disabling")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public IncidentResponse disable(@PathParam("id") UUID id) {
        return IncidentResponse.of(recordDisabling.recordDisabling(new RecordDisablingCommand(new DeviceId(id),
                actors.current())));
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public DeviceResponse restore(@PathParam("id") UUID id, @Valid RestoreDeviceRequest inspection) {
        return DeviceResponse.of(restore.restore(new RestoreDeviceCommand(new DeviceId(id), actors.current(),
                inspection == null ? null : inspection.note())));
    }

    @POST
    @Path("/{id}/fault-report")
    @RolesAllowed(Roles.STAFF)
    public IncidentResponse reportFault(@PathParam("id") UUID id, @Valid LossOrFaultReportRequest report) {
        return IncidentResponse.of(reportFault.reportFault(new ReportFaultCommand(new DeviceId(id), actors.current(),
                report == null ? null : report.description())));
    }

    @POST
    @Path("/{id}/maintenance")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public RestResponse<MaintenanceWindowResponse> logMaintenance(@PathParam("id") UUID id,
                                                                  @NotNull @Valid LogMaintenanceRequest request) {
        MaintenanceWindow entry = logMaintenance.log(new LogMaintenanceCommand(new DeviceId(id), actors.current(),
                request.kind(), Period.of(request.start(), request.end(), "end"), request.note()));
        return RestResponse.status(RestResponse.Status.CREATED, MaintenanceWindowResponse.of(entry));
    }

    @GET
    @Path("/{id}/maintenance")
    @RolesAllowed(Roles.STAFF)
    public List<MaintenanceWindowResponse> maintenanceLog(@PathParam("id") UUID id) {
        return queries.maintenanceLog(new DeviceId(id)).stream().map(MaintenanceWindowResponse::of).toList();
    }
}
