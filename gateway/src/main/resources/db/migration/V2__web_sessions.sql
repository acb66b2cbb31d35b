-- The web console's sessions (backend-for-frontend sign-in): the tokens Keycloak issued for one browser, kept here so
-- that the browser holds only a random reference in its session cookie. id is the SHA-256 (hex) of that reference,
-- never the reference itself; the tokens as quarkus-oidc hands them over (encrypted with a key derived from the web
-- client's secret); csrf_token is what the session's pages send in X-CSRF-Token; after expires_at the row is unusable
-- and deleted by the sweep.
create table web_session (
    id               text primary key,
    id_token         text        not null,
    access_token     text        not null,
    refresh_token    text,
    csrf_token       text        not null,
    expires_at       timestamptz not null
);

create index web_session_expiry on web_session (expires_at);
