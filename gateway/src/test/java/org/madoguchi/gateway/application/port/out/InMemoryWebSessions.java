package org.madoguchi.gateway.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.madoguchi.gateway.domain.model.SessionId;
import org.madoguchi.gateway.domain.model.WebSession;

/** Web console sessions in memory, by their id's digest, as the database keeps them. */
public final class InMemoryWebSessions implements WebSessions {

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(SessionId id, WebSession session) {
        sessions.put(id.digest(), session);
    }

    @Override
    public Optional<WebSession> find(SessionId id, Instant now) {
        return Optional.ofNullable(sessions.get(id.digest())).filter(session -> session.isUsableAt(now));
    }

    @Override
    public void expireAt(SessionId id, Instant until) {
        sessions.computeIfPresent(id.digest(), (key, session) -> until.isBefore(session.expiresAt())
                ? new WebSession(session.idToken(), session.accessToken(),
                        session.refreshToken(), session.csrfToken(), until)
                : session);
    }

    @Override
    public void end(SessionId id) {
        sessions.remove(id.digest());
    }

    @Override
    public int sweep(Instant now, int batch) {
        int deleted = 0;
        for (Map.Entry<String, WebSession> entry : sessions.entrySet()) {
            if (deleted < batch && !entry.getValue().isUsableAt(now) && sessions.remove(entry.getKey()) != null) {
                deleted++;
            }
        }
        return deleted;
    }
}
