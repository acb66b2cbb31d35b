package org.madoguchi.gateway.application.port.out;

import java.time.Instant;
import java.util.Optional;

import org.madoguchi.gateway.domain.model.SessionId;
import org.madoguchi.gateway.domain.model.WebSession;

/**
 * The web console's sessions, shared by every gateway instance, so that a browser's next request may reach any of
 * them: stored under their id's digest, readable until their end. Blocking.
 */
public interface WebSessions {

    /** Keeps a new session. */
    void save(SessionId id, WebSession session);

    /** The session, if it exists and may still be used at {@code now}. */
    Optional<WebSession> find(SessionId id, Instant now);

    /** Shortens a session's life to {@code until} (never lengthens it): a refresh replaced it. */
    void expireAt(SessionId id, Instant until);

    /** Ends a session at once: it is gone, whatever its end was. */
    void end(SessionId id);

    /** Deletes up to {@code batch} sessions that ended before {@code now}; returns how many it deleted. */
    int sweep(Instant now, int batch);
}
