package org.madoguchi.benchmarks.bookings;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens of the development realm's sample staff, as a script gets them: the password grant of the
 * development-only public client {@code madoguchi-cli}, from the Keycloak of this run. Who they are (every sample
 * user with the {@code staff} role, desks and 情報政策課 included, for each of them books as staff) and their
 * passwords come from the realm file the Keycloak imported.
 */
final class StaffTokens {

    static final String CLIENT_ID = "madoguchi-cli";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> passwords;
    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private StaffTokens(Map<String, String> passwords, URI tokenEndpoint) {
        this.passwords = passwords;
        this.tokenEndpoint = tokenEndpoint;
    }

    /** The sample staff of the realm file, whose tokens come from the issuer's token endpoint. */
    static StaffTokens of(Path realmFile, String issuer) throws IOException {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (JsonNode user : JSON.readTree(realmFile.toFile()).path("users")) {
            boolean sample = false;
            for (JsonNode value : user.path("attributes").path("sample")) {
                sample |= "true".equals(value.asText());
            }
            boolean staff = false;
            for (JsonNode role : user.path("realmRoles")) {
                staff |= "staff".equals(role.asText());
            }
            String password = user.path("credentials").path(0).path("value").asText("");
            if (sample && staff && !password.isEmpty()) {
                passwords.put(user.path("username").asText(), password);
            }
        }
        if (passwords.isEmpty()) {
            throw new IllegalStateException("no sample user with the staff role and a password in " + realmFile);
        }
        return new StaffTokens(passwords, URI.create(issuer + "/protocol/openid-connect/token"));
    }

    List<String> usernames() {
        return List.copyOf(passwords.keySet());
    }

    /** A fresh token of each sample staff member, in the order of {@link #usernames()}. */
    List<String> fresh() throws IOException, InterruptedException {
        List<String> tokens = new ArrayList<>();
        for (Map.Entry<String, String> user : passwords.entrySet()) {
            String form = "grant_type=password&client_id=" + encode(CLIENT_ID) + "&username=" + encode(user.getKey())
                    + "&password=" + encode(user.getValue()) + "&scope=openid";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the token of " + user.getKey() + " from " + tokenEndpoint
                        + " answered " + response.statusCode() + ": " + response.body());
            }
            String token = JSON.readTree(response.body()).path("access_token").asText("");
            if (token.isEmpty()) {
                throw new IllegalStateException("no access_token for " + user.getKey() + ": " + response.body());
            }
            tokens.add(token);
        }
        return tokens;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
