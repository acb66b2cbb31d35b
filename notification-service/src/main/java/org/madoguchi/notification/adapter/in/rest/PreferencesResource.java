package org.madoguchi.notification.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.madoguchi.notification.application.port.in.PreferenceQueries;
import org.madoguchi.notification.application.port.in.SetPreferencesCommand;
import org.madoguchi.notification.application.port.in.SetPreferencesUseCase;
import org.madoguchi.platform.security.Roles;

/** 通知設定: the caller's own preferences. */
@Path("/api/v1/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    private final PreferenceQueries queries;
    private final SetPreferencesUseCase set;
    private final Actors actors;

    PreferencesResource(PreferenceQueries queries, SetPreferencesUseCase set, Actors actors) {
        this.queries = queries;
        this.set = set;
        this.actors = actors;
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.STAFF, Roles.OPS})
    public PreferencesResponse get() {
        return PreferencesResponse.of(queries.of(actors.current()));
    }

    @PUT
    @RolesAllowed({Roles.CITIZEN, Roles.STAFF, Roles.OPS})
    public PreferencesResponse put(@NotNull @Valid PreferencesRequest request) {
        PreferencesRequest.QuietHoursRequest quiet = request.quietHours();
        return PreferencesResponse.of(set.set(SetPreferencesCommand.of(actors.current(), request.language(),
                request.email(), request.messagingId(), request.channels(), quiet == null ? null : quiet.from(),
                quiet == null ? null : quiet.until())));
    }
}
