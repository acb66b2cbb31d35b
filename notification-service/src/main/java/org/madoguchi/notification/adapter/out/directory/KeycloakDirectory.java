package org.madoguchi.notification.adapter.out.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.cache.CacheResult;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.madoguchi.notification.application.port.out.Directory;
import org.madoguchi.notification.domain.model.Addressee;
import org.madoguchi.notification.domain.model.DirectoryEntry;
import org.madoguchi.notification.domain.model.Language;
import org.madoguchi.platform.security.CurrentCaller;
import org.madoguchi.platform.security.Roles;

/**
 * Keycloak's user directory through its admin API, as the service account of the {@code notification-service}
 * client (realm-management roles {@code view-users}, and {@code view-realm}, without which Keycloak refuses to list a
 * role's members). A person is their user record (email, the {@code locale}
 * attribute); a desk is the lending-desk role's members whose {@code managed_site} is the site; a department is
 * the users with its {@code department} attribute; a disabled account is nobody's member. Answers are cached
 * briefly ({@code quarkus.cache.caffeine.*}). Tested against a local stand-in shaped like Keycloak's REST API
 * ({@code KeycloakStandIn}), and end to end against Keycloak itself by the {@code e2e} module.
 *
 * <p>The admin client is this adapter's own, built once from the extension's {@code quarkus.keycloak.admin-client.*}
 * settings and kept for the life of the service, so its token is fetched once and renewed only when it expires.
 * The {@code Keycloak} bean that {@code quarkus-keycloak-admin-rest-client} offers is request-scoped: outside an
 * HTTP request (the event consumers, the reminder and announcement jobs) it needs a request context per message,
 * and each context built a new client that asked Keycloak for a new token before every lookup.
 */
@ApplicationScoped
class KeycloakDirectory implements Directory {

    private static final int PAGE = 100;
    private static final int NOT_FOUND = 404;

    private final Keycloak keycloak;
    private final String realm;

    KeycloakDirectory(@ConfigProperty(name = "quarkus.keycloak.admin-client.server-url") String serverUrl,
                      @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
                      @ConfigProperty(name = "quarkus.keycloak.admin-client.client-id") String clientId,
                      @ConfigProperty(name = "quarkus.keycloak.admin-client.client-secret") String clientSecret) {
        this.keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realm).clientId(clientId)
                .clientSecret(clientSecret).grantType(OAuth2Constants.CLIENT_CREDENTIALS).build();
        this.realm = realm;
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }

    @Override
    @CacheResult(cacheName = "directory-person")
    public Optional<DirectoryEntry> person(String subject) {
        try {
            UserRepresentation user = realm().users().get(subject).toRepresentation();
            return Optional.of(entry(user));
        } catch (WebApplicationException refused) {
            // the admin client's REST client answers a 404 with a ClientWebApplicationException, not NotFoundException
            if (refused.getResponse() != null && refused.getResponse().getStatus() == NOT_FOUND) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    @Override
    @CacheResult(cacheName = "directory-members")
    public List<String> members(Addressee addressee) {
        if (addressee instanceof Addressee.Person person) {
            return List.of(person.subject());
        }
        if (addressee instanceof Addressee.SiteDesk desk) {
            return ids(roleMembers(Roles.LENDING_DESK).stream()
                    .filter(user -> attribute(user, CurrentCaller.MANAGED_SITE_CLAIM).equals(Optional.of(desk.siteCode())))
                    .toList());
        }
        if (addressee instanceof Addressee.InformationPolicy) {
            return ids(roleMembers(Roles.INFO_POLICY));
        }
        if (addressee instanceof Addressee.DepartmentStaff department) {
            return ids(pages((first, max) -> realm().users().searchByAttributes(first, max, true, false,
                    CurrentCaller.DEPARTMENT_CLAIM + ":" + department.departmentCode())));
        }
        if (addressee instanceof Addressee.Citizens) {
            return ids(roleMembers(Roles.CITIZEN));
        }
        return ids(roleMembers(Roles.STAFF));
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private List<UserRepresentation> roleMembers(String role) {
        return pages((first, max) -> realm().roles().get(role).getUserMembers(false, first, max));
    }

    private static List<UserRepresentation> pages(BiFunction<Integer, Integer, List<UserRepresentation>> page) {
        List<UserRepresentation> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> users = page.apply(first, PAGE);
            all.addAll(users);
            if (users.size() < PAGE) {
                return all;
            }
        }
    }

    private static List<String> ids(List<UserRepresentation> users) {
        return users.stream().filter(u -> !Boolean.FALSE.equals(u.isEnabled())).map(UserRepresentation::getId).toList();
    }

    private static DirectoryEntry entry(UserRepresentation user) {
        return new DirectoryEntry(user.getId(), Optional.ofNullable(user.getEmail()),
                attribute(user, "locale").flatMap(Language::ofTag));
    }

    private static Optional<String> attribute(UserRepresentation user, String name) {
        Map<String, List<String>> attributes = user.getAttributes();
        if (attributes == null || attributes.get(name) == null || attributes.get(name).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(attributes.get(name).get(0));
    }
}
