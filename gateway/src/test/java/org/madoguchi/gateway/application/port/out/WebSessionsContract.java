package org.madoguchi.gateway.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.madoguchi.gateway.domain.model.SessionId;
import org.madoguchi.gateway.domain.model.WebSession;

/**
 * What every store of web console sessions does, in memory and on PostgreSQL alike: a session is found by its id
 * until its end and never after, a replaced one only until its shortened end, an ended one never, and the sweep
 * deletes exactly those that have ended.
 */
public abstract class WebSessionsContract {

    /** The store under test. */
    protected abstract WebSessions sessions();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private static WebSession endingAt(Instant end) {
        return WebSession.of("id." + end, "access." + end, Optional.of("refresh"), end, Optional.empty());
    }

    @Test
    void a_session_is_found_by_its_id_with_everything_it_holds_until_its_end() {
        SessionId id = SessionId.random();
        WebSession session = endingAt(NOW.plusSeconds(600));
        sessions().save(id, session);

        assertThat(sessions().find(id, NOW)).contains(session);
        assertThat(sessions().find(id, NOW.plusSeconds(599))).contains(session);
        assertThat(sessions().find(id, NOW.plusSeconds(600))).isEmpty();
        assertThat(sessions().find(SessionId.random(), NOW)).isEmpty();
    }

    @Test
    void a_session_without_a_refresh_token_reads_back_the_same() {
        SessionId id = SessionId.random();
        WebSession session = WebSession.of("id", "access", Optional.empty(), NOW.plusSeconds(60), Optional.empty());
        sessions().save(id, session);

        assertThat(sessions().find(id, NOW)).contains(session);
    }

    @Test
    void a_replaced_session_is_found_only_until_its_shortened_end_which_never_lengthens_it() {
        SessionId replaced = SessionId.random();
        sessions().save(replaced, endingAt(NOW.plusSeconds(600)));
        SessionId short_ = SessionId.random();
        sessions().save(short_, endingAt(NOW.plusSeconds(10)));

        sessions().expireAt(replaced, NOW.plusSeconds(30));
        sessions().expireAt(short_, NOW.plusSeconds(30));

        assertThat(sessions().find(replaced, NOW.plusSeconds(29))).isPresent();
        assertThat(sessions().find(replaced, NOW.plusSeconds(30))).isEmpty();
        assertThat(sessions().find(short_, NOW.plusSeconds(10))).isEmpty();
    }

    @Test
    void an_ended_session_is_gone_at_once() {
        SessionId id = SessionId.random();
        sessions().save(id, endingAt(NOW.plusSeconds(600)));

        sessions().end(id);

        assertThat(sessions().find(id, NOW)).isEmpty();
    }

    @Test
    void the_sweep_deletes_the_sessions_that_have_ended_and_keeps_the_others() {
        Instant farFuture = NOW.plus(3650, ChronoUnit.DAYS);
        SessionId ended = SessionId.random();
        sessions().save(ended, endingAt(farFuture.minusSeconds(1)));
        SessionId going = SessionId.random();
        sessions().save(going, endingAt(farFuture.plusSeconds(600)));

        int deleted = 0;
        for (int round; (round = sessions().sweep(farFuture, 1000)) > 0; ) {
            deleted += round;
        }

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(sessions().find(ended, farFuture.minusSeconds(2))).isEmpty();
        assertThat(sessions().find(going, farFuture)).isPresent();
        assertThat(sessions().sweep(farFuture, 1000)).isZero();
    }
}
