package org.madoguchi.gateway.adapter.in.http;

import java.util.Optional;

import org.madoguchi.gateway.domain.model.ClientKey;
import org.madoguchi.platform.security.Caller;
import org.madoguchi.platform.security.CurrentCaller;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is calling, from what quarkus-oidc validated at the door: a bearer token that does not validate never gets
 * here (the door's failure handler answers 401 {@code invalid-token}), so a request here is either signed in with a
 * valid token or anonymous.
 */
final class Callers {

    private Callers() {
    }

    /** The caller's identity; anonymous without a token. */
    static Uni<SecurityIdentity> identity(RoutingContext rc) {
        Uni<SecurityIdentity> deferred = rc.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred != null) {
            return deferred;
        }
        return Uni.createFrom().item(rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null);
    }

    /** The caller as the platform sees it. */
    static Caller caller(SecurityIdentity identity) {
        return CurrentCaller.of(identity);
    }

    /** Whose rate limit the request counts against. */
    static ClientKey key(Caller caller, String clientAddress) {
        return ClientKey.of(caller.isAnonymous() ? Optional.empty() : Optional.of(caller.subject()), clientAddress);
    }

    /** The address of the connection the request came on (what a load balancer in front reports, if trusted). */
    static String address(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }
}
