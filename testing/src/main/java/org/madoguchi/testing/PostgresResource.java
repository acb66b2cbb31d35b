package org.madoguchi.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.madoguchi.devstack.Database;

import java.util.Map;

/**
 * Quarkus test resource: a real PostgreSQL database for the service under test, on the server
 * shared by the test JVM. Init arg {@code database} names the service's database.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "madoguchi";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Database server = SharedInfrastructure.postgres();
        server.createDatabaseIfMissing(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // shared by the JVM: stopped when it exits
    }
}
