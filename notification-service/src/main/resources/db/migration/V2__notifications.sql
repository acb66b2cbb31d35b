-- Notifications (通知): one row per person, kind and source; the in-app inbox reads them by recipient.
create table notification (
    id          uuid primary key,
    seq         bigint generated always as identity unique,
    recipient   text        not null,
    kind        text        not null,
    language    text        not null,
    title       text        not null,
    body        text        not null,
    source_id   text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    -- one source (event, reminder, announcement) notifies a person of a kind once
    constraint notification_once unique (source_id, recipient, kind)
);
create index notification_inbox on notification (recipient, seq desc);
create index notification_unread on notification (recipient, seq desc) where read_at is null;

-- The delivery log: each notification's delivery per channel.
create table delivery (
    id                 uuid primary key,
    notification_id    uuid        not null references notification (id),
    channel            text        not null,
    status             text        not null,
    attempts           integer     not null default 0,
    next_attempt_at    timestamptz,
    last_error         text,
    sent_at            timestamptz,
    address            text,
    suppressed_because text,
    updated_at         timestamptz not null default now(),
    constraint delivery_once unique (notification_id, channel)
);
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'HELD');
create index delivery_recent on delivery (updated_at desc);

-- 通知設定: what each person chose.
create table preference (
    subject      text primary key,
    language     text,
    email        text,
    messaging_id text,
    channels     jsonb       not null default '{}',
    quiet_from   time,
    quiet_until  time,
    updated_at   timestamptz not null default now()
);

-- Reminders scheduled from bookings; claimed with "for update skip locked", so each is sent by one instance.
create table reminder (
    id             uuid primary key,
    kind           text        not null,
    reservation_id text        not null,
    device_number  text,
    site_code      text        not null,
    borrower       text        not null,
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    purpose        text,
    booking_status text,
    due_at         timestamptz not null,
    status         text        not null
);
create unique index reminder_scheduled_once on reminder (reservation_id, kind) where status = 'SCHEDULED';
create index reminder_due on reminder (due_at) where status = 'SCHEDULED';

-- お知らせ: announcements for a period and an audience.
create table announcement (
    id            uuid primary key,
    title         text        not null,
    title_en      text,
    body          text        not null,
    body_en       text,
    audience      text        not null,
    department    text,
    shown_from    timestamptz not null,
    shown_until   timestamptz not null,
    status        text        not null,
    created_by    text        not null,
    created_at    timestamptz not null,
    published_at  timestamptz,
    withdrawn_at  timestamptz,
    fanned_out_at timestamptz,
    constraint announcement_period check (shown_until > shown_from)
);
create index announcement_shown on announcement (shown_from desc) where status = 'PUBLISHED';
