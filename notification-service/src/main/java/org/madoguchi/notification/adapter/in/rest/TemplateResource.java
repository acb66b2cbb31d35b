package org.madoguchi.notification.adapter.in.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.madoguchi.notification.application.port.in.TemplateQueries;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.notification.domain.model.NotificationKind;
import org.madoguchi.platform.security.Roles;

/** Previews of every template with sample data, for 情報政策課. */
@Path("/api/v1/notifications/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final TemplateQueries templates;
    private final Actors actors;

    TemplateResource(TemplateQueries templates, Actors actors) {
        this.templates = templates;
        this.actors = actors;
    }

    /** Every template in both languages. */
    @GET
    @RolesAllowed(Roles.INFO_POLICY)
    public List<TemplatePreviewResponse> all() {
        return Arrays.stream(NotificationKind.values())
                .flatMap(kind -> Arrays.stream(Language.values())
                        .map(language -> TemplatePreviewResponse.of(kind, templates.preview(actors.current(), kind, language))))
                .toList();
    }

    @GET
    @Path("/{kind}/preview")
    @RolesAllowed(Roles.INFO_POLICY)
    public TemplatePreviewResponse preview(@PathParam("kind") String kind, @QueryParam("lang") @DefaultValue("ja") String lang) {
        NotificationKind known = Arrays.stream(NotificationKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(NotFoundException::new);
        Language language = Language.ofTag(lang).orElse(Language.JA);
        return TemplatePreviewResponse.of(known, templates.preview(actors.current(), known, language));
    }
}
