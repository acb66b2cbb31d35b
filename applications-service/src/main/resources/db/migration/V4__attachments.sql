-- Attached files (添付ファイル): the bytes of each upload in a PostgreSQL large object, and the upload's record.

-- The bytes of each upload: one large object (pg_largeobject), written and read in chunks, never whole in memory.
-- The large object is unlinked by the service when its row is deleted.
create table attachment_content (
    attachment_id uuid        primary key,
    content       oid         not null unique,
    stored_at     timestamptz not null default now()
);
comment on table attachment_content is 'Personal data: the files applicants attach; never copied into events or logs';

-- Who uploaded what for which field of which form, and which application claimed it. An upload nobody claims is
-- deleted after madoguchi.applications.attachments.unclaimed-lifetime. Both foreign keys are checked at commit:
-- the bytes are stored before the record, and an application and its claim are written in one transaction.
create table attachment (
    id               uuid        primary key
                                 references attachment_content (attachment_id) deferrable initially deferred,
    form_id          uuid        not null,
    field_key        text        not null,
    uploader_subject text,
    file_name        text        not null,
    type             text        not null check (type in ('PDF', 'JPEG', 'PNG')),
    size_bytes       bigint      not null check (size_bytes >= 0),
    sha256           text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_at      timestamptz not null,
    application_id   uuid        references application (id) deferrable initially deferred,
    claimed_at       timestamptz,
    check ((application_id is null) = (claimed_at is null))
);
comment on column attachment.uploader_subject is 'The uploader''s account subject; null for an anonymous visitor, whose proof is the random id';
comment on column attachment.file_name is 'Personal data: file names often carry names; never logged';
create index attachment_unclaimed on attachment (uploaded_at) where application_id is null;
create index attachment_of_application on attachment (application_id, uploaded_at) where application_id is not null;
