package org.madoguchi.gateway.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.FakeUpstreams;
import org.madoguchi.gateway.application.port.out.WebSessions;
import org.madoguchi.gateway.application.port.out.WebSessionsContract;
import org.madoguchi.gateway.domain.model.SessionId;
import org.madoguchi.gateway.domain.model.WebSession;
import org.madoguchi.testing.KafkaResource;
import org.madoguchi.testing.PostgresResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The web console's sessions on PostgreSQL keep the contract their in-memory fake keeps. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
class PostgresWebSessionsTest extends WebSessionsContract {

    @Inject
    PostgresWebSessions sessions;

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected WebSessions sessions() {
        return sessions;
    }

    @Test
    void the_table_holds_the_digest_of_a_session_id_never_the_id_itself() throws Exception {
        SessionId id = SessionId.random();
        sessions.save(id, WebSession.of("id", "access", Optional.empty(), Instant.now().plusSeconds(60),
                Optional.empty()));

        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) filter (where id = ?),"
                     + " count(*) filter (where id = ?) from web_session")) {
            s.setString(1, id.value());
            s.setString(2, id.digest());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isZero();
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
        }
    }
}
