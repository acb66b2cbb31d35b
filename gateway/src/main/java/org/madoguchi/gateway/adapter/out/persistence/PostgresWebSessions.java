package org.madoguchi.gateway.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.madoguchi.gateway.application.port.out.WebSessions;
import org.madoguchi.gateway.domain.model.CsrfToken;
import org.madoguchi.gateway.domain.model.SessionId;
import org.madoguchi.gateway.domain.model.WebSession;

import io.agroal.api.AgroalDataSource;

/** The web console's sessions in the gateway's PostgreSQL database (table {@code web_session}), one row each. */
@ApplicationScoped
public class PostgresWebSessions implements WebSessions {

    private final DataSource dataSource;

    @Inject
    public PostgresWebSessions(AgroalDataSource dataSource) {
        this((DataSource) dataSource);
    }

    /** Sessions on any data source holding the table. */
    public PostgresWebSessions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(SessionId id, WebSession session) {
        update("insert into web_session (id, id_token, access_token, refresh_token, csrf_token, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, id.digest());
                    statement.setString(2, session.idToken());
                    statement.setString(3, session.accessToken());
                    statement.setString(4, session.refreshToken().orElse(null));
                    statement.setString(5, session.csrfToken().value());
                    statement.setTimestamp(6, Timestamp.from(session.expiresAt()));
                });
    }

    @Override
    public Optional<WebSession> find(SessionId id, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select id_token, access_token,"
                     + " refresh_token, csrf_token, expires_at from web_session"
                     + " where id = ? and expires_at > ?")) {
            statement.setString(1, id.digest());
            statement.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new WebSession(row.getString(1), row.getString(2),
                        Optional.ofNullable(row.getString(3)), new CsrfToken(row.getString(4)),
                        row.getTimestamp(5).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the web sessions cannot be read", e);
        }
    }

    @Override
    public void expireAt(SessionId id, Instant until) {
        update("update web_session set expires_at = least(expires_at, ?) where id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(until));
            statement.setString(2, id.digest());
        });
    }

    @Override
    public void end(SessionId id) {
        update("delete from web_session where id = ?", statement -> statement.setString(1, id.digest()));
    }

    @Override
    public int sweep(Instant now, int batch) {
        return update("delete from web_session where id in"
                + " (select id from web_session where expires_at <= ? limit ?)", statement -> {
                    statement.setTimestamp(1, Timestamp.from(now));
                    statement.setInt(2, batch);
                });
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private int update(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the web sessions cannot be written", e);
        }
    }
}
