package org.madoguchi.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration a service is started with, as environment variables the services read (their
 * {@code application.properties} keys in Quarkus' environment form): its port, its database, the broker, the realm's
 * issuer and the SMTP server. The same whichever {@link StackKind} runs the parts: only their addresses differ.
 */
public final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    /**
     * @param database the service's own database on {@code db}, or {@code null} for a service without one
     */
    public static Map<String, String> of(int port, String database, Database db, Broker broker, IdentityProvider idp,
                                         String realm, MailRelay mail) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", idp.issuer(realm));
        env.put("QUARKUS_MAILER_HOST", mail.smtpHost());
        env.put("QUARKUS_MAILER_PORT", Integer.toString(mail.smtpPort()));
        if (database != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
            env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        }
        return env;
    }
}
