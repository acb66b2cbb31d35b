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
import org.madoguchi.lending.application.port.in.LendingQueries;
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
import org.madoguchi.lending.application.port.out.MaintenanceLog;
import org.madoguchi.lending.domain.model.DeviceId;
import org.madoguchi.lending.domain.model.DeviceNumber;
import org.madoguchi.lending.domain.model.MaintenanceWindow;
import org.madoguchi.lending.domain.model.Period;
import org.madoguchi.lending.domain.model.SiteCode;
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
    private final RegisterDeviceUseCase register;
    private final MoveDeviceUseCase move;
    private final RetireDeviceUseCase retire;
    private final ReportLossUseCase reportLoss;
    private final RecordDisablingUseCase recordDisabling;
    private final RestoreDeviceUseCase restore;
    private final ReportFaultUseCase reportFault;
    private final LogMaintenanceUseCase maintenance;
    private final MaintenanceLog maintenanceLog;
    private final Actors actors;

    DeviceResource(LendingQueries queries, RegisterDeviceUseCase register, MoveDeviceUseCase move, RetireDeviceUseCase retire,
                   ReportLossUseCase reportLoss, RecordDisablingUseCase recordDisabling, RestoreDeviceUseCase restore,
                   ReportFaultUseCase reportFault, LogMaintenanceUseCase maintenance, MaintenanceLog maintenanceLog,
                   Actors actors) {
        this.queries = queries;
        this.register = register;
        this.move = move;
        this.retire = retire;
        this.reportLoss = reportLoss;
        this.recordDisabling = recordDisabling;
        this.restore = restore;
        this.reportFault = reportFault;
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
        return queries.devices(site == null ? null : new SiteCode(site)).stream().map(Views.DeviceView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.INFO_POLICY)
    public RestResponse<Views.DeviceView> register(@NotNull @Valid NewDevice request) {
        var device = register.register(new RegisterDeviceCommand(new DeviceNumber(request.number()),
                new SiteCode(request.siteCode()), actors.current()));
        return RestResponse.ResponseBuilder.<Views.DeviceView>created(URI.create("/api/v1/lending/devices/" + device.id().value()))
                .entity(Views.DeviceView.of(device)).build();
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed(Roles.INFO_POLICY)
    public Views.DeviceView move(@PathParam("id") UUID id, @NotNull @Valid Move request) {
        return Views.DeviceView.of(move.move(new MoveDeviceCommand(new DeviceId(id), new SiteCode(request.siteCode()),
                actors.current())));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Roles.INFO_POLICY)
    public Views.DeviceView retire(@PathParam("id") UUID id) {
        return Views.DeviceView.of(retire.retire(new RetireDeviceCommand(new DeviceId(id), actors.current())));
    }

    /** Whoever holds the device reports a loss at once. */
    @POST
    @Path("/{id}/loss-report")
    @RolesAllowed(Roles.STAFF)
    public Views.IncidentView reportLoss(@PathParam("id") UUID id, @Valid Report report) {
        return Views.IncidentView.of(reportLoss.reportLoss(new ReportLossCommand(new DeviceId(id), actors.current(),
                report == null ? null : report.description())));
    }

    /** The desk records that it disabled the lost device. */
    @POST
    @Path("/{id}/disabling")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public Views.IncidentView disable(@PathParam("id") UUID id) {
        return Views.IncidentView.of(recordDisabling.recordDisabling(new RecordDisablingCommand(new DeviceId(id),
                actors.current())));
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public Views.DeviceView restore(@PathParam("id") UUID id, @Valid Inspection inspection) {
        return Views.DeviceView.of(restore.restore(new RestoreDeviceCommand(new DeviceId(id), actors.current(),
                inspection == null ? null : inspection.note())));
    }

    @POST
    @Path("/{id}/fault-report")
    @RolesAllowed(Roles.STAFF)
    public Views.IncidentView reportFault(@PathParam("id") UUID id, @Valid Report report) {
        return Views.IncidentView.of(reportFault.reportFault(new ReportFaultCommand(new DeviceId(id), actors.current(),
                report == null ? null : report.description())));
    }

    @POST
    @Path("/{id}/maintenance")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public RestResponse<Views.MaintenanceView> logMaintenance(@PathParam("id") UUID id, @NotNull @Valid MaintenanceRequest request) {
        if (!request.end().isAfter(request.start())) {
            throw ProblemException.badRequest("end-before-start").withFieldError("end", "end-before-start");
        }
        MaintenanceWindow entry = maintenance.log(new LogMaintenanceCommand(new DeviceId(id), actors.current(),
                request.kind(), new Period(request.start(), request.end()), request.note()));
        return RestResponse.status(RestResponse.Status.CREATED, Views.MaintenanceView.of(entry));
    }

    @GET
    @Path("/{id}/maintenance")
    @RolesAllowed(Roles.STAFF)
    public List<Views.MaintenanceView> maintenanceLog(@PathParam("id") UUID id) {
        return maintenanceLog.ofDevice(new DeviceId(id)).stream().map(Views.MaintenanceView::of).toList();
    }
}
