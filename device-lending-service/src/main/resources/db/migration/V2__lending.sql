-- LGWAN mobile PC lending: inventory, reservations, hand-over ledger, incidents, maintenance, disaster mode.
create extension if not exists btree_gist;

-- 設置場所: where devices are kept, each with the department that runs its lending desk.
create table site (
    code                    text primary key,
    name_ja                 text not null,
    name_en                 text not null,
    managing_department     text not null,
    managing_department_ja  text not null
);

create table device (
    id        uuid primary key,
    number    text not null unique check (number ~ '^[0-9]{3}$'),
    site_code text not null references site (code),
    status    text not null check (status in ('AVAILABLE', 'LENT', 'IN_MAINTENANCE', 'LOST', 'BROKEN', 'RETIRED')),
    kit       text not null,
    version   bigint not null default 0
);
create index device_site on device (site_code);

create table reservation (
    id                  uuid primary key,
    device_id           uuid not null references device (id),
    site_code           text not null references site (code),
    borrower_subject    text not null,
    borrower_name       text,
    borrower_department text,
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    period              tstzrange generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
    purpose             text not null,
    note                text,
    disaster_response   boolean not null default false,
    status              text not null check (status in ('PENDING', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'LENT', 'OVERDUE', 'RETURNED', 'LOST')),
    requested_at        timestamptz not null,
    decided_by          text,
    decided_at          timestamptz,
    decision_comment    text,
    cancelled_by        text,
    cancelled_at        timestamptz,
    cancellation_reason text,
    version             bigint not null default 0,
    constraint reservation_period_positive check (ends_at > starts_at),
    -- two active bookings of one device never overlap, whatever the concurrency
    constraint reservation_no_overlap exclude using gist (device_id with =, period with &&)
        where (status in ('PENDING', 'CONFIRMED', 'LENT', 'OVERDUE'))
);
create index reservation_site_period on reservation using gist (site_code, period);
create index reservation_borrower on reservation (borrower_subject);

-- 貸出台帳: one entry per hand-over, completed by the return.
create table lending (
    reservation_id         uuid primary key references reservation (id),
    device_id              uuid not null references device (id),
    site_code              text not null references site (code),
    borrower_subject       text not null,
    borrower_name          text,
    borrower_department    text,
    handed_over_at         timestamptz not null,
    handed_over_by         text not null,
    notebook_arrangement   text not null,
    notebook_asset_tag     text,
    notebook_storage       text,
    kit_handed_over        text not null,
    disinfected            boolean not null,
    operation_checked      boolean not null,
    rules_acknowledged     text not null,
    returned_at            timestamptz,
    received_by            text,
    missing_items          text,
    notebook_returned      boolean,
    notebook_confirmed     boolean,
    damage_note            text
);
create index lending_site_time on lending (site_code, handed_over_at);

-- 事故: missing items, damage, loss, faults; closed only with the borrower's written report (顛末書) where one is due.
create table incident (
    id                  uuid primary key,
    device_id           uuid not null references device (id),
    site_code           text not null references site (code),
    reservation_id      uuid references reservation (id),
    kind                text not null check (kind in ('MISSING_ITEMS', 'DAMAGE', 'LOSS', 'FAULT')),
    description         text,
    reporter_subject    text not null,
    opened_at           timestamptz not null,
    report_required     boolean not null,
    report              text,
    report_submitted_at timestamptz,
    disabled_at         timestamptz,
    disabled_by         text,
    closed_at           timestamptz,
    closed_by           text,
    resolution          text,
    version             bigint not null default 0
);
create index incident_site on incident (site_code, opened_at);

create table maintenance (
    id        uuid primary key,
    device_id uuid not null references device (id),
    kind      text not null check (kind in ('CHARGING', 'WINDOWS_UPDATE', 'REPAIR', 'INSPECTION')),
    starts_at timestamptz not null,
    ends_at   timestamptz not null check (ends_at > starts_at),
    period    tstzrange generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
    note      text,
    logged_by text not null,
    logged_at timestamptz not null
);
create index maintenance_device_period on maintenance using gist (device_id, period);

-- 災害モード
create table disaster_declaration (
    id             uuid primary key,
    all_sites      boolean not null,
    site_codes     text not null,
    effective_from timestamptz not null,
    reason         text,
    declared_by    text not null,
    declared_at    timestamptz not null,
    lifted_at      timestamptz,
    lifted_by      text
);
