package org.madoguchi.platform.security;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/** Shows the injected caller, for the tests only; a singleton, so the caller must be per request. */
@Path("/test/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerTestResource {

    /** What the tests look at. */
    public record CallerView(String subject, String username, Set<String> roles, String department,
            String managedSite, String familyName, String givenName, boolean staff, boolean citizen,
            boolean anonymous) {
    }

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Authenticated
    public CallerView me() {
        return view();
    }

    @GET
    @Path("/public")
    public CallerView anyone() {
        return view();
    }

    private CallerView view() {
        Caller caller = currentCaller.get();
        return new CallerView(caller.subject(), caller.username(), caller.roles(), caller.department().orElse(null),
                caller.managedSite().orElse(null), caller.familyName().orElse(null), caller.givenName().orElse(null),
                caller.isStaff(), caller.isCitizen(), caller.isAnonymous());
    }
}
