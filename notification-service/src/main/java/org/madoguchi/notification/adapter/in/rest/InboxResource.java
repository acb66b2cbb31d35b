package org.madoguchi.notification.adapter.in.rest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;
import org.madoguchi.notification.application.port.in.InboxQueries;
import org.madoguchi.notification.application.port.in.MarkReadCommand;
import org.madoguchi.notification.application.port.in.MarkReadUseCase;
import org.madoguchi.notification.config.NotificationConfig;
import org.madoguchi.notification.domain.model.Actor;
import org.madoguchi.notification.domain.model.NotificationId;
import org.madoguchi.platform.security.Roles;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * アプリ内通知: the caller's own inbox, marking items read, and a Server-Sent Events stream of what reaches it.
 * Every query is by the caller's subject: nobody reads another's inbox (another's item is 404).
 */
@Path("/api/v1/notifications/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final InboxQueries inbox;
    private final MarkReadUseCase markRead;
    private final Actors actors;
    private final Duration poll;

    InboxResource(InboxQueries inbox, MarkReadUseCase markRead, Actors actors, NotificationConfig config) {
        this.inbox = inbox;
        this.markRead = markRead;
        this.actors = actors;
        this.poll = config.inbox().streamPoll();
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.STAFF, Roles.OPS})
    public List<InboxItemResponse> list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                                        @QueryParam("limit") @DefaultValue("50") int limit) {
        return inbox.inbox(actors.current(), unreadOnly, limit).stream().map(InboxItemResponse::of).toList();
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.CITIZEN, Roles.STAFF, Roles.OPS})
    public InboxItemResponse read(@PathParam("id") UUID id) {
        return InboxItemResponse.of(markRead.markRead(new MarkReadCommand(actors.current(), new NotificationId(id))));
    }

    /**
     * What reaches the caller's inbox after the item with sequence {@code after} (by default: from now on), one SSE
     * event per item, oldest first; a client that reconnects passes the last sequence it saw. The stream reads the
     * database, so it sees items made by any instance of the service.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.STAFF, Roles.OPS})
    @Blocking
    public Multi<InboxItemResponse> stream(@QueryParam("after") Long after) {
        Actor actor = actors.current();
        AtomicLong last = new AtomicLong(after != null ? after : inbox.lastSequence(actor));
        return Multi.createFrom().ticks().every(poll)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    List<InboxItemResponse> fresh = inbox.after(actor, last.get()).stream()
                            .map(InboxItemResponse::of).toList();
                    if (!fresh.isEmpty()) {
                        last.set(fresh.get(fresh.size() - 1).sequence());
                    }
                    return fresh;
                });
    }
}
