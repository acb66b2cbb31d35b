package org.madoguchi.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.madoguchi.devstack.PostgresServer;
import org.madoguchi.e2e.suite.RunningSuite;

/**
 * One of the suite's databases read over JDBC, as an operator would check what a service stored: queries of a few
 * parameters (a text, a number, or a collection of texts for {@code = any(?)}) and the row count of every table.
 */
final class Database {

    /** Reads the rows of a query. */
    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final String url;

    Database(RunningSuite suite, String name) {
        this.url = suite.jdbcUrl(name);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    <T> T query(String sql, Rows<T> read, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof Collection<?> values) {
                    statement.setArray(i + 1, connection.createArrayOf("text",
                            values.stream().map(String::valueOf).toArray()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                return read.read(rows);
            }
        }
    }

    /** The first column of a query of one row, as a number. */
    long count(String sql, Object... parameters) throws SQLException {
        return query(sql, rows -> {
            rows.next();
            return rows.getLong(1);
        }, parameters);
    }

    /** The first column of every row, as text. */
    List<String> texts(String sql, Object... parameters) throws SQLException {
        return query(sql, rows -> {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }, parameters);
    }

    /** The first column of every row mapped to the second, as numbers: e.g. {@code select key, count(*) … group by key}. */
    Map<String, Long> counts(String sql, Object... parameters) throws SQLException {
        return query(sql, rows -> {
            Map<String, Long> counts = new HashMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        }, parameters);
    }

    /** The number of rows of every table of the public schema, by table name. */
    Map<String, Long> rowCounts() throws SQLException {
        try (Connection connection = connect()) {
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                         + " order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            return counts;
        }
    }
}
