-- Transactional outbox: events written in the same transaction as the state change they
-- describe, published to Kafka by OutboxRelay, marked published afterwards.
create table event_outbox (
    id              bigint generated always as identity primary key,
    event_id        uuid        not null unique,
    topic           text        not null,
    message_key     text        not null,
    event_type      text        not null,
    payload         text        not null,
    created_at      timestamptz not null default now(),
    published_at    timestamptz,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text
);
create index event_outbox_pending on event_outbox (id) where published_at is null;
create index event_outbox_pending_by_key on event_outbox (message_key, id) where published_at is null;
create index event_outbox_published on event_outbox (published_at) where published_at is not null;

-- Idempotent consumer: ids of events a consumer has applied, written in the transaction of its effect.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index processed_event_age on processed_event (processed_at);
