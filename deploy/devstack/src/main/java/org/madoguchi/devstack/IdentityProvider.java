package org.madoguchi.devstack;

/**
 * Keycloak as the services see it: the issuer of a realm. The embedded {@link KeycloakServer} (the distribution run
 * as a child process) is the default; {@link ContainerParts#keycloak} starts the same version as a container.
 */
public interface IdentityProvider extends AutoCloseable {

    /** The OIDC issuer of a realm, e.g. {@code http://localhost:18080/realms/madoguchi}. */
    String issuer(String realm);

    @Override
    void close();
}
