package org.madoguchi.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CurrentCallerTest {

    private static final String LENDING_DESK_CLERK = Tokens.of("5f0e7c1a-desk", "tanaka.hanako",
            List.of(Roles.STAFF, Roles.LENDING_DESK),
            Map.of("department", "総務課", "managed_site", "本庁舎", "family_name", "田中", "given_name", "花子"));

    @Test
    void the_caller_carries_department_and_managed_site_from_the_token() {
        given().auth().oauth2(LENDING_DESK_CLERK)
                .when().get("/test/caller")
                .then().statusCode(200)
                .body("subject", equalTo("5f0e7c1a-desk"))
                .body("username", equalTo("tanaka.hanako"))
                .body("department", equalTo("総務課"))
                .body("managedSite", equalTo("本庁舎"))
                .body("familyName", equalTo("田中"))
                .body("givenName", equalTo("花子"));
    }

    @Test
    void roles_come_from_the_realm_access_claim_of_a_keycloak_token() {
        given().auth().oauth2(LENDING_DESK_CLERK)
                .when().get("/test/caller")
                .then().statusCode(200)
                .body("roles", containsInAnyOrder(Roles.STAFF, Roles.LENDING_DESK))
                .body("staff", equalTo(true))
                .body("citizen", equalTo(false));
    }

    @Test
    void a_citizen_has_no_department_or_site() {
        given().auth().oauth2(Tokens.citizen())
                .when().get("/test/caller")
                .then().statusCode(200)
                .body("citizen", equalTo(true))
                .body("staff", equalTo(false))
                .body("department", nullValue())
                .body("managedSite", nullValue());
    }

    @Test
    void each_request_sees_its_own_caller_even_in_a_singleton_resource() {
        given().auth().oauth2(LENDING_DESK_CLERK).when().get("/test/caller")
                .then().body("username", equalTo("tanaka.hanako"));
        given().auth().oauth2(Tokens.citizen()).when().get("/test/caller")
                .then().body("username", equalTo("yamada.taro"));
        given().when().get("/test/caller/public")
                .then().body("anonymous", equalTo(true));
    }

    @Test
    void a_request_without_a_token_sees_the_anonymous_caller() {
        given().when().get("/test/caller/public")
                .then().statusCode(200)
                .body("anonymous", equalTo(true))
                .body("roles.size()", equalTo(0));
    }
}
