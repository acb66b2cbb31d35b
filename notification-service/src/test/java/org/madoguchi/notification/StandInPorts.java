package org.madoguchi.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Free ports for the real SMTP server (GreenMail), the messaging-app stand-in and the Keycloak stand-in that the
 * tests start beside the service ({@code SmtpStandIn}, {@code MessagingStandIn}, {@code KeycloakStandIn}), and the
 * configuration that points the service at them.
 */
public class StandInPorts implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int smtp = freePort();
        int messaging = freePort();
        int keycloak = freePort();
        return Map.of(
                "madoguchi.test.smtp-port", Integer.toString(smtp),
                "quarkus.mailer.port", Integer.toString(smtp),
                "quarkus.mailer.host", "127.0.0.1",
                "madoguchi.test.messaging-port", Integer.toString(messaging),
                "madoguchi.notification.messaging.base-url", "http://127.0.0.1:" + messaging,
                "madoguchi.notification.messaging.channel-access-token", "test-channel-access-token",
                "madoguchi.test.keycloak-port", Integer.toString(keycloak),
                "quarkus.keycloak.admin-client.server-url", "http://127.0.0.1:" + keycloak);
    }

    @Override
    public void stop() {
        // the stand-ins stop with the application
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
