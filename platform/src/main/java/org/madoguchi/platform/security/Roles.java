package org.madoguchi.platform.security;

import java.util.Set;

/**
 * The realm roles of the {@code madoguchi} Keycloak realm, as constants usable in
 * {@code @RolesAllowed(Roles.LENDING_DESK)}.
 */
public final class Roles {

    /** 市民: a resident who applies for procedures and borrows devices. */
    public static final String CITIZEN = "citizen";
    /** 職員: a member of the city's staff. */
    public static final String STAFF = "staff";
    /** Staff who publish and maintain the procedures registry. */
    public static final String PROCEDURE_ADMIN = "procedure-admin";
    /** Staff at a lending desk who hand LGWAN devices over and take them back at their site. */
    public static final String LENDING_DESK = "lending-desk";
    /** 情報政策課: staff who set the rules for LGWAN devices and see across sites. */
    public static final String INFO_POLICY = "info-policy";
    /** Operators of the platform itself. */
    public static final String OPS = "ops";

    /** Every realm role the services know. */
    public static final Set<String> ALL = Set.of(CITIZEN, STAFF, PROCEDURE_ADMIN, LENDING_DESK, INFO_POLICY, OPS);

    private Roles() {
    }
}
