package org.madoguchi.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import javax.transaction.xa.XAException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void a_connection_failure_of_jdbc_deep_among_the_causes_is_an_outage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001",
                new ConnectException("Connection refused"));
        assertThat(DatabaseOutage.causes(new IllegalStateException("Unable to acquire JDBC Connection",
                new RuntimeException(refused)))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("An I/O error occurred while sending to the backend.",
                "08006"))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLNonTransientConnectionException("closed"))).isTrue();
    }

    @Test
    void postgresql_ending_sessions_as_it_shuts_down_or_starts_is_an_outage() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertThat(DatabaseOutage.causes(new RuntimeException(new SQLException("FATAL", state)))).as(state)
                    .isTrue();
        }
    }

    @Test
    void a_commit_cut_off_as_postgresql_shuts_down_is_an_outage_though_the_driver_failure_is_only_suppressed() {
        // as Narayana reports it: RollbackException, the XAException suppressed in it, the driver's failure its cause
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);

        assertThat(DatabaseOutage.causes(new RuntimeException("Error invoking subclass method", rollback))).isTrue();
        Exception unrelated = new Exception("ARJUNA016053: Could not commit transaction.");
        unrelated.addSuppressed(new SQLException("duplicate key value", "23505"));
        assertThat(DatabaseOutage.causes(new RuntimeException(unrelated))).isFalse();
    }

    @Test
    void the_pool_giving_up_waiting_for_a_connection_is_an_outage() {
        assertThat(DatabaseOutage.causes(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(DatabaseOutage.causes(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection", new TimeoutException())))).isTrue();
    }

    @Test
    void other_failures_of_the_database_or_elsewhere_are_not() {
        assertThat(DatabaseOutage.causes(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("deadlock detected", "40P01"))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("value too long", "22001"))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.causes(new UncheckedIOException(new ConnectException("mail server")))).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void a_chain_of_causes_that_loops_ends() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseOutage.causes(first)).isFalse();
    }
}
