-- The form catalogue (a read model of procedures-service's form events), applications with their history,
-- receipt numbers and idempotency keys.

-- Every version of every form this service has seen, so that each application keeps the version it answered.
create table form_version (
    form_id                  uuid        not null,
    version                  integer     not null check (version >= 1),
    kind                     text        not null,
    department_code          text        not null,
    title                    text        not null,
    title_en                 text,
    fields                   jsonb       not null,
    accepts_anonymous        boolean     not null,
    opens_at                 timestamptz,
    closes_at                timestamptz,
    standard_processing_days integer     check (standard_processing_days between 1 and 365),
    max_file_bytes           bigint      check (max_file_bytes >= 1),
    max_files                integer     check (max_files >= 1),
    recorded_at              timestamptz not null,
    primary key (form_id, version)
);
comment on table form_version is 'Form (様式) versions as published by procedures-service; applications refer to them';

-- The version of each form citizens answer now, and whether the form is closed (受付終了).
create table catalogue_form (
    form_id         uuid primary key,
    current_version integer     not null,
    closed          boolean     not null,
    updated_at      timestamptz not null,
    foreign key (form_id, current_version) references form_version (form_id, version)
);

create table application (
    id                 uuid primary key,
    fiscal_year        integer     not null,
    receipt_sequence   bigint      not null check (receipt_sequence >= 1),
    receipt_number     text        not null unique,
    form_id            uuid        not null,
    form_version       integer     not null,
    department_code    text        not null,
    form_title         text        not null,
    form_title_en      text,
    applicant_subject  text,
    lookup_code_digest bytea,
    answers            jsonb       not null,
    status             text        not null check (status in
                           ('SUBMITTED', 'RECEIVED', 'UNDER_REVIEW', 'RETURNED', 'COMPLETED', 'REJECTED', 'WITHDRAWN')),
    submitted_at       timestamptz not null,
    due_date           date,
    version            bigint      not null,
    updated_at         timestamptz not null,
    unique (fiscal_year, receipt_sequence),
    check ((applicant_subject is null) <> (lookup_code_digest is null)),
    foreign key (form_id, form_version) references form_version (form_id, version)
);
comment on column application.answers is 'Personal data: never copied into events or logs';
create index application_inbox on application (department_code, status, due_date nulls last, submitted_at);
create index application_by_form on application (form_id, submitted_at);
create index application_by_applicant on application (applicant_subject, submitted_at desc) where applicant_subject is not null;
create index application_by_fiscal_year on application (fiscal_year, form_id);

create table application_step (
    application_id uuid        not null references application (id),
    step           integer     not null,
    action         text,
    from_status    text,
    to_status      text        not null,
    actor_subject  text,
    at             timestamptz not null,
    comment        text,
    primary key (application_id, step)
);

-- Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field"): one row per key and caller.
create table idempotency_key (
    scope          text        not null,
    idem_key       text        not null,
    fingerprint    bytea       not null,
    state          text        not null check (state in ('IN_FLIGHT', 'COMPLETED')),
    application_id uuid,
    lookup_code    text,
    claimed_until  timestamptz not null,
    expires_at     timestamptz not null,
    primary key (scope, idem_key)
);
create index idempotency_key_expiry on idempotency_key (expires_at);
comment on column idempotency_key.lookup_code is 'The anonymous applicant''s lookup code, kept until the key expires so that a retry gets the same answer';
