package org.madoguchi.devstack;

/**
 * A PostgreSQL server as the services see it: one database per service, reached with a JDBC URL and credentials.
 * The embedded {@link PostgresServer} is the default; {@link ContainerParts#postgres()} starts the same version as a
 * container where a Docker engine runs.
 */
public interface Database extends AutoCloseable {

    /** The JDBC URL of one database on this server. */
    String jdbcUrl(String database);

    String username();

    String password();

    /** Creates the database unless it exists; returns whether it was created. */
    boolean createDatabaseIfMissing(String database);

    @Override
    void close();
}
