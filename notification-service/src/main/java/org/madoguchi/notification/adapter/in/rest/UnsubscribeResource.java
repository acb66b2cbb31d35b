package org.madoguchi.notification.adapter.in.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

import org.madoguchi.notification.application.port.in.UnsubscribeCommand;
import org.madoguchi.notification.application.port.in.UnsubscribeUseCase;
import org.madoguchi.notification.domain.model.UnsubscribeToken;

/**
 * One-click unsubscribe (RFC 8058). A mail client POSTs {@code List-Unsubscribe=One-Click} to the link of the
 * {@code List-Unsubscribe} header; a person who opens the link gets a page with one button that does the same
 * POST (a GET changes nothing, so link scanners cannot unsubscribe anyone). The signed token is the only
 * credential: no sign-in is needed.
 */
@Path("/api/v1/notifications/unsubscribe")
@PermitAll
public class UnsubscribeResource {

    private final UnsubscribeUseCase unsubscribe;
    private final Template page;

    UnsubscribeResource(UnsubscribeUseCase unsubscribe, Engine engine) {
        this.unsubscribe = unsubscribe;
        this.page = engine.getTemplate("unsubscribe");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String confirm(@QueryParam("token") String token) {
        return page.data("token", token == null ? "" : token).data("done", false).data("kind", null).render();
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Produces(MediaType.TEXT_HTML)
    public String oneClick(@QueryParam("token") String token) {
        UnsubscribeToken done = unsubscribe.unsubscribe(new UnsubscribeCommand(token));
        return page.data("token", "").data("done", true).data("kind", done.kind().label()).render();
    }
}
