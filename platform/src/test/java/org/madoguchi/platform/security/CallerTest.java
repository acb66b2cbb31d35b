package org.madoguchi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    private final Caller clerk = new Caller("sub-1", "tanaka.hanako", Set.of(Roles.STAFF, Roles.LENDING_DESK),
            Optional.of("総務課"), Optional.of("本庁舎"), Optional.empty(), Optional.empty());

    @Test
    void a_staff_member_is_staff_and_not_a_citizen() {
        assertThat(clerk.isStaff()).isTrue();
        assertThat(clerk.isCitizen()).isFalse();
        assertThat(clerk.hasRole(Roles.LENDING_DESK)).isTrue();
        assertThat(clerk.hasAnyRole(Roles.OPS, Roles.LENDING_DESK)).isTrue();
        assertThat(clerk.hasAnyRole(Roles.OPS, Roles.INFO_POLICY)).isFalse();
    }

    @Test
    void the_anonymous_caller_has_no_roles_and_no_claims() {
        Caller anonymous = Caller.anonymous();
        assertThat(anonymous.isAnonymous()).isTrue();
        assertThat(anonymous.roles()).isEmpty();
        assertThat(anonymous.department()).isEmpty();
        assertThat(anonymous.isStaff()).isFalse();
        assertThat(clerk.isAnonymous()).isFalse();
    }

    @Test
    void absent_claims_are_empty_not_null() {
        Caller caller = new Caller("sub-2", "suzuki", null, null, null, null, null);
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.department()).isEmpty();
        assertThat(caller.givenName()).isEmpty();
    }

    @Test
    void role_names_are_those_of_the_realm() {
        assertThat(Roles.ALL).containsExactlyInAnyOrder("citizen", "staff", "procedure-admin", "lending-desk",
                "info-policy", "ops");
    }
}
