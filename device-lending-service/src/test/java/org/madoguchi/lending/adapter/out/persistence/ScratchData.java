package org.madoguchi.lending.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Removes what a test made for itself on the shared database (a site of its own with everything kept there, a
 * declaration), so that the tests that count the seeded inventory (11 sites, 30 devices) find it as seeded.
 */
public final class ScratchData {

    private static final String DEVICES_OF_SITE = "(select id from device where site_code = ?)";

    private ScratchData() {
    }

    /** Deletes the site and everything kept at it or about its devices. */
    public static void discardSite(DataSource dataSource, String site) {
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"lending", "incident", "reservation"}) {
                delete(c, "delete from " + table + " where site_code = ? or device_id in " + DEVICES_OF_SITE, site, site);
            }
            delete(c, "delete from maintenance where device_id in " + DEVICES_OF_SITE, site);
            delete(c, "delete from disaster_declaration where ',' || site_codes || ',' like ?", "%," + site + ",%");
            delete(c, "delete from device where site_code = ?", site);
            delete(c, "delete from site where code = ?", site);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot discard the test's site " + site, e);
        }
    }

    /** Deletes the declaration. */
    public static void discardDeclaration(DataSource dataSource, UUID declaration) {
        try (Connection c = dataSource.getConnection()) {
            delete(c, "delete from disaster_declaration where id = ?", declaration);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot discard the test's declaration " + declaration, e);
        }
    }

    private static void delete(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
