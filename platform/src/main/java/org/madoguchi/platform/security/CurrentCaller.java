package org.madoguchi.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The {@link Caller} of the current request, built once per request from Quarkus' {@link SecurityIdentity}:
 * roles as quarkus-oidc mapped them (Keycloak's {@code realm_access.roles}), the other facts from the
 * claims of the bearer token.
 * <p>
 * Inject this bean, not a {@code Caller}: resources are singletons, and only a request-scoped bean (reached
 * through its client proxy) gives each request its own caller. {@code Caller} is a record, which CDI cannot
 * proxy.
 */
@RequestScoped
public class CurrentCaller {

    /** Claim with the staff member's department (課・室). */
    public static final String DEPARTMENT_CLAIM = "department";
    /** Claim with the site whose lending desk the staff member runs. */
    public static final String MANAGED_SITE_CLAIM = "managed_site";

    private final SecurityIdentity identity;
    private Caller caller;

    @Inject
    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller of this request; {@link Caller#anonymous()} without credentials. */
    public Caller get() {
        if (caller == null) {
            caller = of(identity);
        }
        return caller;
    }

    /** The caller an identity stands for; anonymous when it is. */
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.anonymous();
        }
        String username = identity.getPrincipal().getName();
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return new Caller(username, username, identity.getRoles(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        String subject = token.getSubject() != null ? token.getSubject() : username;
        return new Caller(subject, username, identity.getRoles(), text(token, DEPARTMENT_CLAIM),
                text(token, MANAGED_SITE_CLAIM), text(token, "family_name"), text(token, "given_name"));
    }

    private static Optional<String> text(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString json ? json.getString()
                : value instanceof String string ? string
                : null;
        return Optional.ofNullable(text).filter(present -> !present.isBlank());
    }
}
