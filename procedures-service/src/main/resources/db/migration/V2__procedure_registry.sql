-- The procedure registry (手続き台帳): departments, procedures with their history, forms with their
-- versions, and figures the city printed, kept as printed.

create table department (
    code     text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 64),
    name     text    not null unique,
    name_en  text    not null,
    division text,
    rank     integer not null default 1000 check (rank >= 0)
);
comment on table department is '課・室: departments that own procedures and forms';

create table procedure (
    id                      uuid primary key,
    code                    text        not null unique,
    name                    text        not null,
    kana                    text        not null,
    department_code         text        not null references department (code),
    category                text        not null,
    description             text        not null default '',
    legal_basis             text,
    seal_required           boolean,
    paper_required          boolean,
    in_person_required      boolean,
    seal_review_outcome     text check (seal_review_outcome in ('ABOLISHED', 'KEPT')),
    seal_review_kept_reason text,
    status                  text        not null
        check (status in ('NOT_PLANNED', 'PLANNED', 'COMPLETED', 'REVISED', 'ABOLISHED')),
    fiscal_year             integer,
    status_on               date,
    form_id                 uuid,
    revision_reason         text,
    status_note             text,
    version                 bigint      not null default 0,
    updated_at              timestamptz not null,
    check ((status = 'PLANNED') <= (fiscal_year is not null)),
    check ((status = 'REVISED') <= (fiscal_year is not null and revision_reason is not null)),
    check ((status in ('COMPLETED', 'ABOLISHED')) <= (status_on is not null))
);
comment on table procedure is '手続き: administrative procedures and their online-ization status';
create index procedure_department on procedure (department_code);

create table procedure_change (
    id                 bigint generated always as identity primary key,
    procedure_id       uuid        not null references procedure (id),
    kind               text        not null check (kind in ('REGISTERED', 'EDITED', 'STATUS_CHANGED')),
    changed_at         timestamptz not null,
    changed_by_subject text        not null,
    changed_by_name    text        not null,
    changed_fields     text[]      not null default '{}',
    status             text check (status in ('NOT_PLANNED', 'PLANNED', 'COMPLETED', 'REVISED', 'ABOLISHED')),
    fiscal_year        integer,
    status_on          date,
    form_id            uuid,
    revision_reason    text,
    status_note        text,
    effective_on       date,
    version            bigint      not null,
    check ((kind = 'EDITED') = (status is null)),
    check ((status is null) = (effective_on is null))
);
comment on table procedure_change is 'history of every procedure: who changed what, when (append-only)';
create index procedure_change_by_procedure on procedure_change (procedure_id, id);
create index procedure_change_status_by_day on procedure_change (effective_on, procedure_id, id) where status is not null;
create index procedure_change_plans on procedure_change (fiscal_year, procedure_id) where status = 'PLANNED';

create table form (
    id              uuid primary key,
    kind            text        not null check (kind in ('PROCEDURE', 'SURVEY', 'EVENT', 'CAMPAIGN')),
    department_code text        not null references department (code),
    status          text        not null check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    current_version integer     not null check (current_version >= 1),
    title           text        not null,
    opens_at        timestamptz,
    closes_at       timestamptz,
    published_at    timestamptz,
    closed_at       timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0,
    check (closes_at is null or opens_at is null or closes_at > opens_at)
);
comment on table form is '様式: e-application forms; their content lives in form_version';
create index form_listing on form (created_at desc, id);

create table form_version (
    form_id    uuid        not null references form (id),
    number     integer     not null check (number >= 1),
    content    jsonb       not null,
    created_at timestamptz not null,
    created_by_subject text not null,
    created_by_name    text not null,
    primary key (form_id, number)
);
comment on table form_version is 'every version of every form; applications refer to the version they answered';

create table form_procedure (
    form_id      uuid not null references form (id),
    procedure_id uuid not null references procedure (id),
    primary key (form_id, procedure_id)
);
create index form_procedure_by_procedure on form_procedure (procedure_id);

create table published_progress (
    fiscal_year     integer not null,
    line            integer not null,
    department_name text    not null,
    department_code text references department (code),
    planned         integer not null check (planned >= 0),
    completed       integer not null check (completed >= 0),
    revised         integer not null check (revised >= 0),
    contents        text,
    note            text,
    is_total        boolean not null default false,
    primary key (fiscal_year, line)
);
comment on table published_progress is 'progress tables as the city printed them (計 line: is_total)';

create table published_online_count (
    label  text primary key,
    as_of  date    not null,
    count  integer not null check (count >= 0),
    note   text    not null default ''
);
comment on table published_online_count is 'numbers of online procedures as the city printed them';
