package org.madoguchi.notification.adapter.in.rest;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.madoguchi.notification.adapter.in.rest.feed.AnnouncementFeedWriter;
import org.madoguchi.notification.application.port.in.AnnouncementQueries;
import org.madoguchi.notification.application.port.in.CreateAnnouncementCommand;
import org.madoguchi.notification.application.port.in.CreateAnnouncementUseCase;
import org.madoguchi.notification.application.port.in.PublishAnnouncementCommand;
import org.madoguchi.notification.application.port.in.PublishAnnouncementUseCase;
import org.madoguchi.notification.application.port.in.WithdrawAnnouncementCommand;
import org.madoguchi.notification.application.port.in.WithdrawAnnouncementUseCase;
import org.madoguchi.notification.config.NotificationConfig;
import org.madoguchi.notification.domain.model.AnnouncementId;
import org.madoguchi.platform.security.Roles;

/**
 * お知らせ: 情報政策課 drafts, publishes and withdraws announcements; the public feed (everyone, citizens) is JSON,
 * RSS 2.0 and Atom; staff read theirs (everyone, staff, their department).
 */
@Path("/api/v1/announcements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnnouncementResource {

    private static final String FEED_PATH = "/api/v1/announcements/feed";

    private final CreateAnnouncementUseCase create;
    private final PublishAnnouncementUseCase publish;
    private final WithdrawAnnouncementUseCase withdraw;
    private final AnnouncementQueries queries;
    private final Actors actors;
    private final String baseUrl;
    private final Clock clock;

    AnnouncementResource(CreateAnnouncementUseCase create, PublishAnnouncementUseCase publish,
                         WithdrawAnnouncementUseCase withdraw, AnnouncementQueries queries, Actors actors,
                         NotificationConfig config, Clock clock) {
        this.create = create;
        this.publish = publish;
        this.withdraw = withdraw;
        this.queries = queries;
        this.actors = actors;
        this.baseUrl = config.publicBaseUrl();
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.INFO_POLICY)
    public Response create(@NotNull @Valid CreateAnnouncementRequest r) {
        AnnouncementResponse created = AnnouncementResponse.of(create.create(new CreateAnnouncementCommand(
                actors.current(), r.title(), r.titleEn(), r.body(), r.bodyEn(), r.audience(), r.department(), r.from(),
                r.until())));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.INFO_POLICY)
    public AnnouncementResponse publish(@PathParam("id") UUID id) {
        return AnnouncementResponse.of(publish.publish(new PublishAnnouncementCommand(actors.current(), new AnnouncementId(id))));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.INFO_POLICY)
    public AnnouncementResponse withdraw(@PathParam("id") UUID id) {
        return AnnouncementResponse.of(withdraw.withdraw(new WithdrawAnnouncementCommand(actors.current(), new AnnouncementId(id))));
    }

    /** Every recent announcement, drafts and withdrawn ones too. */
    @GET
    @RolesAllowed(Roles.INFO_POLICY)
    public List<AnnouncementResponse> all() {
        return queries.all(actors.current()).stream().map(AnnouncementResponse::of).toList();
    }

    @GET
    @Path("/feed")
    @PermitAll
    public List<AnnouncementResponse> publicFeed() {
        return queries.publicFeed().stream().map(AnnouncementResponse::of).toList();
    }

    @GET
    @Path("/feed.rss")
    @Produces("application/rss+xml; charset=UTF-8")
    @PermitAll
    public String rss() {
        return AnnouncementFeedWriter.write(AnnouncementFeedWriter.RSS, queries.publicFeed(), baseUrl + FEED_PATH + ".rss",
                Date.from(clock.instant()));
    }

    @GET
    @Path("/feed.atom")
    @Produces("application/atom+xml; charset=UTF-8")
    @PermitAll
    public String atom() {
        return AnnouncementFeedWriter.write(AnnouncementFeedWriter.ATOM, queries.publicFeed(), baseUrl + FEED_PATH + ".atom",
                Date.from(clock.instant()));
    }

    @GET
    @Path("/staff-feed")
    @RolesAllowed(Roles.STAFF)
    public List<AnnouncementResponse> staffFeed() {
        return queries.staffFeed(actors.current()).stream().map(AnnouncementResponse::of).toList();
    }
}
