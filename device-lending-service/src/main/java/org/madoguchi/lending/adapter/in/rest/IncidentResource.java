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
import org.madoguchi.lending.application.port.in.CloseIncidentCommand;
import org.madoguchi.lending.application.port.in.CloseIncidentUseCase;
import org.madoguchi.lending.application.port.in.IncidentQueries;
import org.madoguchi.lending.application.port.in.SubmitIncidentReportCommand;
import org.madoguchi.lending.application.port.in.SubmitIncidentReportUseCase;
import org.madoguchi.lending.domain.model.IncidentId;
import org.madoguchi.lending.domain.model.SiteCode;
import org.madoguchi.platform.security.Roles;

import java.util.List;
import java.util.UUID;

/** 事故: incidents and the borrower's written report (顛末書) that closes them. */
@Path("/api/v1/lending/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private final SubmitIncidentReportUseCase submitReport;
    private final CloseIncidentUseCase close;
    private final IncidentQueries queries;
    private final Actors actors;

    IncidentResource(SubmitIncidentReportUseCase submitReport, CloseIncidentUseCase close, IncidentQueries queries,
                     Actors actors) {
        this.submitReport = submitReport;
        this.close = close;
        this.queries = queries;
        this.actors = actors;
    }

    /** Incidents of a site for its desk; of every site for 情報政策課 when no site is given. */
    @GET
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public List<IncidentResponse> list(@QueryParam("site") String site,
                                       @QueryParam("open") @DefaultValue("true") boolean openOnly) {
        return queries.incidents(site == null ? null : new SiteCode(site), openOnly, actors.current()).stream()
                .map(IncidentResponse::of).toList();
    }

    /** The caller's own incidents: those whose 顛末書 they are asked for, and what they reported. */
    @GET
    @Path("/mine")
    @RolesAllowed(Roles.STAFF)
    public List<IncidentResponse> mine(@QueryParam("open") @DefaultValue("true") boolean openOnly) {
        return queries.incidentsOf(actors.current(), openOnly).stream().map(IncidentResponse::of).toList();
    }

    @POST
    @Path("/{id}/report")
    @RolesAllowed(Roles.STAFF)
    public IncidentResponse report(@PathParam("id") UUID id, @NotNull @Valid SubmitIncidentReportRequest request) {
        return IncidentResponse.of(submitReport.submitReport(new SubmitIncidentReportCommand(new IncidentId(id),
                actors.current(), request.report())));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.LENDING_DESK, Roles.INFO_POLICY})
    public IncidentResponse close(@PathParam("id") UUID id, @Valid CloseIncidentRequest request) {
        return IncidentResponse.of(close.close(new CloseIncidentCommand(new IncidentId(id), actors.current(),
                request == null ? null : request.resolution())));
    }
}
