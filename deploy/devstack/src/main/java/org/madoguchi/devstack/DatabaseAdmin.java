package org.madoguchi.devstack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creating a service's database on a PostgreSQL server, embedded or in a container. */
final class DatabaseAdmin {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private DatabaseAdmin() {
    }

    /** Creates the database unless it exists, through a connection to another database; returns whether it did. */
    static boolean createIfMissing(Connection connection, String database) throws SQLException {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("create database " + database + " encoding 'UTF8'");
        }
        return true;
    }
}
