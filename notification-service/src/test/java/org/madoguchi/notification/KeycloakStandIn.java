package org.madoguchi.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A local HTTP server shaped like the parts of Keycloak's REST API the directory uses, for one realm: the token
 * endpoint with the client-credentials grant of a confidential client ({@code client_secret_basic} or
 * {@code client_secret_post}), and the admin API's user by id, a role's user members and the user search by
 * attribute ({@code q=key:value}), paged with {@code first}/{@code max}, answering only to the tokens it issued.
 * It records every call. It is a stand-in written from Keycloak's documented API, not Keycloak.
 */
@Startup
@ApplicationScoped
public class KeycloakStandIn {

    public static final String REALM = "madoguchi";
    public static final String CLIENT_ID = "notification-service";
    public static final String CLIENT_SECRET = "dev-secret-notification";
    private static final List<String> REALM_ROLES = List.of("citizen", "staff", "lending-desk", "info-policy", "ops");

    /** One call of the admin API: the path, the query parameters and the bearer token it carried. */
    public record AdminCall(String path, Map<String, String> query, String bearer) {
    }

    /** One request to the token endpoint and the client it authenticated, if any. */
    public record TokenGrant(String grantType, String clientId, boolean clientAuthenticated, String issued) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final Vertx vertx;
    private final Map<String, ObjectNode> users = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<String>> roleMembers = new ConcurrentHashMap<>();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final List<AdminCall> adminCalls = new CopyOnWriteArrayList<>();
    private final List<TokenGrant> grants = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private HttpServer server;

    KeycloakStandIn(@ConfigProperty(name = "madoguchi.test.keycloak-port") int port, Vertx vertx) {
        this.port = port;
        this.vertx = vertx;
        REALM_ROLES.forEach(role -> roleMembers.put(role, new CopyOnWriteArrayList<>()));
    }

    @PostConstruct
    void start() throws Exception {
        Router router = Router.router(vertx);
        router.post("/realms/:realm/protocol/openid-connect/token").handler(BodyHandler.create()).handler(this::token);
        router.route("/admin/realms/:realm/*").handler(this::authorised);
        router.get("/admin/realms/:realm/users/:id").handler(this::user);
        router.get("/admin/realms/:realm/users").handler(this::search);
        router.get("/admin/realms/:realm/roles/:role/users").handler(this::roleUsers);
        router.route().handler(context -> error(context, 404, "unknown_resource"));
        server = vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        server.close();
    }

    // what the tests set up

    /** A user of the realm, holding the realm roles given, with their attributes (one value each). */
    public void addUser(String id, String email, boolean enabled, Map<String, String> attributes, String... roles) {
        ObjectNode user = JSON.createObjectNode().put("id", id).put("username", "user-" + id.substring(0, 8))
                .put("enabled", enabled).put("emailVerified", email != null).put("createdTimestamp", 1683763200000L);
        if (email != null) {
            user.put("email", email);
        }
        ObjectNode attrs = user.putObject("attributes");
        attributes.forEach((name, value) -> attrs.putArray(name).add(value));
        users.put(id, user);
        for (String role : roles) {
            roleMembers.get(role).add(id);
        }
    }

    /** Changes a user's email address, as an administrator would in the admin console. */
    public void changeEmail(String id, String email) {
        users.get(id).put("email", email);
    }

    /** Every call of the admin API so far whose path starts with the prefix (after {@code /admin/realms/}). */
    public List<AdminCall> adminCalls(String pathPrefix) {
        return adminCalls.stream().filter(c -> c.path().startsWith("/admin/realms/" + pathPrefix)).toList();
    }

    public List<TokenGrant> grants() {
        return List.copyOf(grants);
    }

    // the token endpoint

    private void token(RoutingContext context) {
        if (!REALM.equals(context.pathParam("realm"))) {
            error(context, 404, "Realm does not exist");
            return;
        }
        String grantType = context.request().getFormAttribute("grant_type");
        String clientId = context.request().getFormAttribute("client_id");
        String secret = context.request().getFormAttribute("client_secret");
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            clientId = java.net.URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        boolean authenticated = CLIENT_ID.equals(clientId) && CLIENT_SECRET.equals(secret);
        if (!"client_credentials".equals(grantType) || !authenticated) {
            grants.add(new TokenGrant(grantType, clientId, authenticated, null));
            error(context, 401, "unauthorized_client");
            return;
        }
        String token = "kc-access-" + tokens.incrementAndGet();
        issued.add(token);
        grants.add(new TokenGrant(grantType, clientId, true, token));
        ObjectNode answer = JSON.createObjectNode().put("access_token", token).put("expires_in", 300)
                .put("refresh_expires_in", 0).put("token_type", "Bearer").put("not-before-policy", 0)
                .put("scope", "profile email");
        context.response().putHeader("Content-Type", "application/json").end(answer.toString());
    }

    // the admin API

    private void authorised(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        String bearer = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        Map<String, String> query = new LinkedHashMap<>();
        context.queryParams().forEach(entry -> query.put(entry.getKey(), entry.getValue()));
        adminCalls.add(new AdminCall(context.request().path(), query, bearer));
        if (bearer == null || !issued.contains(bearer)) {
            error(context, 401, "HTTP 401 Unauthorized");
        } else if (!REALM.equals(context.pathParam("realm"))) {
            error(context, 404, "Realm not found.");
        } else {
            context.next();
        }
    }

    private void user(RoutingContext context) {
        ObjectNode user = users.get(context.pathParam("id"));
        if (user == null) {
            error(context, 404, "User not found");
            return;
        }
        json(context, user);
    }

    private void search(RoutingContext context) {
        String q = Optional.ofNullable(context.queryParams().get("q")).orElse("");
        boolean enabledOnly = "true".equals(context.queryParams().get("enabled"));
        List<ObjectNode> found = new ArrayList<>();
        synchronized (users) {
            for (ObjectNode user : users.values()) {
                if (matches(user, q) && (!enabledOnly || user.path("enabled").asBoolean())) {
                    found.add(user);
                }
            }
        }
        page(context, found);
    }

    private void roleUsers(RoutingContext context) {
        List<String> members = roleMembers.get(context.pathParam("role"));
        if (members == null) {
            error(context, 404, "Could not find role");
            return;
        }
        page(context, members.stream().map(users::get).toList());
    }

    private static boolean matches(ObjectNode user, String q) {
        for (String term : q.trim().split("\\s+")) {
            if (term.isEmpty()) {
                continue;
            }
            String[] pair = term.split(":", 2);
            if (pair.length < 2 || !user.path("attributes").path(pair[0]).path(0).asText("\u0000").equals(pair[1])) {
                return false;
            }
        }
        return true;
    }

    private static void page(RoutingContext context, List<ObjectNode> all) {
        int first = Integer.parseInt(Optional.ofNullable(context.queryParams().get("first")).orElse("0"));
        int max = Integer.parseInt(Optional.ofNullable(context.queryParams().get("max")).orElse("100"));
        boolean brief = "true".equals(context.queryParams().get("briefRepresentation"));
        ArrayNode answer = JSON.createArrayNode();
        all.stream().skip(first).limit(max).forEach(user -> {
            ObjectNode shown = user.deepCopy();
            if (brief) {
                shown.remove("attributes");
            }
            answer.add(shown);
        });
        json(context, answer);
    }

    private static void json(RoutingContext context, Object body) {
        context.response().putHeader("Content-Type", "application/json").end(body.toString());
    }

    private static void error(RoutingContext context, int status, String message) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(JSON.createObjectNode().put("error", message).toString());
    }
}
