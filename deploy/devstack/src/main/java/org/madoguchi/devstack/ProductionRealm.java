package org.madoguchi.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The production realm, made from the development realm file: what only development needs is taken out, and what
 * each deployment sets is left as a Keycloak placeholder ({@code ${VARIABLE}}), which Keycloak resolves from the
 * environment when it imports the realm at start-up ({@code --import-realm}).
 *
 * <ul>
 *   <li>every client that allows the password grant ({@code directAccessGrantsEnabled}: {@code madoguchi-cli}) is
 *       removed;</li>
 *   <li>every sample user ({@code sample=true}) is removed; any other user that is not a client's service account
 *       stops the tool, since a production realm ships no people;</li>
 *   <li>each confidential client's secret becomes {@code ${MADOGUCHI_<CLIENT>_CLIENT_SECRET}}, and a description
 *       that names the development secret is replaced (a service client's as a whole, another client's sentence
 *       about it);</li>
 *   <li>{@code localhost} (and {@code *.localhost}) redirect URIs and web origins are removed; {@code 127.0.0.1} ones stay only on a native
 *       app's client (one with a private-use URI scheme redirect: the loopback redirect of RFC 8252); a browser client
 *       that loses them gets the same paths under {@code ${MADOGUCHI_<CLIENT>_URL}} ({@code …/*}, or the web
 *       console's {@code …/auth/callback}) and the origin {@code ${MADOGUCHI_<CLIENT>_URL}}.</li>
 * </ul>
 * Roles, the other clients with their mappers, the user profile, the service accounts and their grants, and every
 * realm setting are kept as they are.
 *
 * <p>{@code main([development realm [, output]])} writes {@value #OUTPUT} by default and prints what it removed and
 * the variables to set.
 */
public final class ProductionRealm {

    /** Where {@link #main} writes, relative to the working copy. */
    static final String OUTPUT = "deploy/devstack/target/madoguchi-realm.production.json";

    /**
     * What the tool made.
     *
     * @param realm          the production realm
     * @param removedClients the clients taken out
     * @param removedUsers   the users taken out
     * @param variables      the environment variables the realm's placeholders name
     */
    record Result(ObjectNode realm, List<String> removedClients, List<String> removedUsers, List<String> variables) {
    }

    private ProductionRealm() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("madoguchi.home", ".")).toAbsolutePath().normalize();
        Path input = args.length > 0 ? Path.of(args[0]) : home.resolve(RealmFile.DEVELOPMENT);
        Path output = args.length > 1 ? Path.of(args[1]) : home.resolve(OUTPUT);
        Result result = of(RealmFile.read(input));
        RealmFile.write(result.realm(), output);
        System.out.println("Wrote " + output + " from " + input + ".");
        System.out.println("  removed clients: " + String.join(", ", result.removedClients()));
        System.out.println("  removed users:   " + String.join(", ", result.removedUsers()));
        System.out.println("  set these environment variables for Keycloak before it imports the realm"
                + " (kc.sh start --import-realm):");
        result.variables().forEach(v -> System.out.println("    " + v));
    }

    /** The production realm made from the development one (which is not changed). */
    static Result of(JsonNode development) {
        ObjectNode realm = development.deepCopy();
        List<String> removedClients = new ArrayList<>();
        Set<String> variables = new LinkedHashSet<>();
        Set<String> developmentSecrets = new LinkedHashSet<>();
        ArrayNode clients = (ArrayNode) realm.withArray("clients");
        for (Iterator<JsonNode> it = clients.elements(); it.hasNext(); ) {
            ObjectNode client = (ObjectNode) it.next();
            if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                removedClients.add(client.path("clientId").asText());
                it.remove();
                continue;
            }
            String name = variableName(client.path("clientId").asText());
            if (!client.path("publicClient").asBoolean(false) && client.hasNonNull("secret")) {
                String secret = client.path("secret").asText();
                developmentSecrets.add(secret);
                String variable = "MADOGUCHI_" + name + "_CLIENT_SECRET";
                client.put("secret", "${" + variable + "}");
                variables.add(variable);
                String description = client.path("description").asText("");
                if (description.contains(secret)) {
                    String perDeployment = "its secret is set per deployment (environment variable " + variable
                            + " when the realm is imported).";
                    client.put("description", client.path("serviceAccountsEnabled").asBoolean(false)
                            ? "Confidential service client (client credentials); " + perDeployment
                            : withoutSentenceNaming(description, secret) + " Its " + perDeployment.substring(4));
                }
            }
            if (productionAddresses(client, name)) {
                variables.add("MADOGUCHI_" + name + "_URL");
            }
        }
        List<String> removedUsers = new ArrayList<>();
        ArrayNode users = (ArrayNode) realm.withArray("users");
        for (Iterator<JsonNode> it = users.elements(); it.hasNext(); ) {
            JsonNode user = it.next();
            String username = user.path("username").asText();
            if (RealmFile.isSampleUser(user)) {
                removedUsers.add(username);
                it.remove();
            } else if (!RealmFile.isServiceAccount(user)) {
                throw new IllegalStateException("user " + username + " is neither a sample user (sample=true) nor a"
                        + " service account: a production realm ships no people; mark it or take it out");
            }
        }
        String written = realm.toString();
        for (String secret : developmentSecrets) {
            if (written.contains(secret)) {
                throw new IllegalStateException("the development secret of a client is still in the production realm");
            }
        }
        return new Result(realm, removedClients, removedUsers, List.copyOf(variables));
    }

    /**
     * Takes the development addresses out of a client's redirect URIs and web origins; returns whether the client
     * now needs {@code MADOGUCHI_<name>_URL}.
     */
    private static boolean productionAddresses(ObjectNode client, String name) {
        ArrayNode redirects = (ArrayNode) client.withArray("redirectUris");
        boolean nativeApp = false;
        for (JsonNode uri : redirects) {
            String scheme = scheme(uri.asText());
            nativeApp |= scheme != null && !scheme.equals("http") && !scheme.equals("https");
        }
        Set<String> removedPaths = new LinkedHashSet<>();
        for (Iterator<JsonNode> it = redirects.elements(); it.hasNext(); ) {
            String uri = it.next().asText();
            String host = host(uri);
            if (isLocalhost(host) || ("127.0.0.1".equals(host) && !nativeApp)) {
                it.remove();
                removedPaths.add(path(uri));
            }
        }
        ArrayNode origins = (ArrayNode) client.withArray("webOrigins");
        for (Iterator<JsonNode> it = origins.elements(); it.hasNext(); ) {
            String host = host(it.next().asText());
            if (isLocalhost(host) || "127.0.0.1".equals(host)) {
                it.remove();
            }
        }
        boolean browserClient = client.path("standardFlowEnabled").asBoolean(false) && !nativeApp;
        if (!removedPaths.isEmpty() && browserClient && redirects.isEmpty()) {
            String placeholder = "${MADOGUCHI_" + name + "_URL}";
            removedPaths.forEach(path -> redirects.add(placeholder + path));
            origins.add(placeholder);
            return true;
        }
        return false;
    }

    /** {@code localhost} or a name under it ({@code madoguchi.localhost}, the development cluster's). */
    private static boolean isLocalhost(String host) {
        return host != null && (host.equals("localhost") || host.endsWith(".localhost"));
    }

    /** The path of a redirect URI ({@code /*} when it has none), e.g. {@code /auth/callback}. */
    private static String path(String uri) {
        try {
            String path = URI.create(uri).getRawPath();
            return path == null || path.isEmpty() || path.equals("/") ? "/*" : path;
        } catch (IllegalArgumentException notAUri) {
            return "/*";
        }
    }

    /** A description without the sentence that names the development secret. */
    private static String withoutSentenceNaming(String description, String secret) {
        List<String> kept = new ArrayList<>();
        for (String sentence : description.split("(?<=\\.)\\s+")) {
            if (!sentence.contains(secret)) {
                kept.add(sentence);
            }
        }
        return String.join(" ", kept).strip();
    }

    /** {@code procedures-service} → {@code PROCEDURES_SERVICE}. */
    static String variableName(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static String scheme(String uri) {
        try {
            return URI.create(uri).getScheme();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static String host(String uri) {
        try {
            return URI.create(uri).getHost();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
