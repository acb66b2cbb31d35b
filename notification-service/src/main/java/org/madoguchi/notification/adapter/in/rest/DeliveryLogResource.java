package org.madoguchi.notification.adapter.in.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.madoguchi.notification.application.port.in.DeliveryLogQueries;
import org.madoguchi.notification.domain.model.Channel;
import org.madoguchi.notification.domain.model.DeliveryStatus;
import org.madoguchi.notification.domain.model.NotificationId;
import org.madoguchi.platform.security.Roles;

/** The delivery log, for operations: deliveries per channel with their status and attempts. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryLogResource {

    private final DeliveryLogQueries log;
    private final Actors actors;

    DeliveryLogResource(DeliveryLogQueries log, Actors actors) {
        this.log = log;
        this.actors = actors;
    }

    @GET
    @Path("/deliveries")
    @RolesAllowed(Roles.OPS)
    public List<DeliveryResponse> recent(@QueryParam("status") DeliveryStatus status, @QueryParam("channel") Channel channel,
                                         @QueryParam("limit") @DefaultValue("100") int limit) {
        return log.recent(actors.current(), Optional.ofNullable(status), Optional.ofNullable(channel), limit).stream()
                .map(DeliveryResponse::of).toList();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Roles.OPS)
    public List<DeliveryResponse> ofNotification(@PathParam("id") UUID id) {
        return log.ofNotification(actors.current(), new NotificationId(id)).stream().map(DeliveryResponse::of).toList();
    }
}
