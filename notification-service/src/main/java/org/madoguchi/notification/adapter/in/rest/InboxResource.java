package org.madoguchi.notification.adapter.in.rest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

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
    private final Duration heartbeat;

    InboxResource(InboxQueries inbox, MarkReadUseCase markRead, Actors actors, NotificationConfig config) {
        this.inbox = inbox;
        this.markRead = markRead;
        this.actors = actors;
        this.poll = config.inbox().streamPoll();
        this.heartbeat = config.inbox().streamHeartbeat();
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
     * event per item, oldest first, its sequence as the event's id; a client that reconnects passes the last sequence
     * it saw ({@code ?after=} or the browser's own {@code Last-Event-ID}). The stream reads the database, so it sees
     * items made by any instance of the service. It opens with a comment line, so that the response's head goes out at
     * once (Quarkus REST sends it with the first line; a browser's {@code EventSource} is "connecting" until then),
     * and a quiet stream sends another every {@code stream-heartbeat}.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.CITIZEN, Roles.STAFF, Roles.OPS})
    @Blocking
    public Multi<OutboundSseEvent> stream(@QueryParam("after") Long after,
                                          @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
                                          @Context Sse sse) {
        Actor actor = actors.current();
        Long resumeAfter = after != null ? after : sequenceOf(lastEventId);
        AtomicLong last = new AtomicLong(resumeAfter != null ? resumeAfter : inbox.lastSequence(actor));
        Multi<OutboundSseEvent> opening = Multi.createFrom().item(() -> sse.newEventBuilder().comment("open").build());
        Multi<OutboundSseEvent> items = Multi.createFrom().ticks().every(poll)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    List<InboxItemResponse> fresh = inbox.after(actor, last.get()).stream()
                            .map(InboxItemResponse::of).toList();
                    if (!fresh.isEmpty()) {
                        last.set(fresh.get(fresh.size() - 1).sequence());
                    }
                    return fresh.stream().map(item -> event(sse, item)).toList();
                });
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().concatenating().streams(opening, Multi.createBy().merging().streams(items, heartbeats));
    }

    private static OutboundSseEvent event(Sse sse, InboxItemResponse item) {
        return sse.newEventBuilder().id(Long.toString(item.sequence()))
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(InboxItemResponse.class, item).build();
    }

    /** The sequence a browser's {@code Last-Event-ID} names, if it names one (it is ours, but it comes from outside). */
    private static Long sequenceOf(String lastEventId) {
        if (lastEventId == null || !lastEventId.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(lastEventId);
    }
}
