package org.madoguchi.lending.adapter.in.rest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * What the service's tables hold, as a count and a digest of every row per table, and the newest outbox event:
 * two snapshots are equal exactly when nothing was written in between.
 */
record StoredRows(Map<String, String> tables) {

    private static final List<String> TABLES = List.of("site", "device", "reservation", "lending", "incident",
            "maintenance", "disaster_declaration");

    static StoredRows of(DataSource dataSource) {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                tables.put(table, single(s, "select count(*) || ' rows, md5 ' || md5(coalesce(string_agg(t::text, '|' "
                        + "order by t::text), '')) from " + table + " t"));
            }
            tables.put("event_outbox", single(s, "select 'newest ' || coalesce(max(id), 0) from event_outbox"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables", e);
        }
        return new StoredRows(tables);
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
