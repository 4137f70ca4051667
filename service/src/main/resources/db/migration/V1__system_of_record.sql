-- fundmatch system of record: what the service was given (documents, registry files), what it made of them
-- (support areas, enterprises), what people did (feedback, audit) and who may do it (accounts).

-- One row per version of a funding document. document_id is the catalogue's id (derived from the file name);
-- a document has at most one ACTIVE version. The original bytes are kept, so a document can be re-read by a
-- later ingester version.
create table guide_version (
    version_id      bigserial primary key,
    document_id     text        not null,
    title           text,
    file_name       text        not null,
    content         bytea       not null,
    content_sha256  text        not null,
    status          text        not null default 'ACTIVE' check (status in ('ACTIVE', 'REPLACED', 'WITHDRAWN')),
    replaces        bigint      references guide_version (version_id),
    report          jsonb       not null,
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null default now(),
    changed_by      text,
    changed_at      timestamptz
);
create unique index guide_version_one_active on guide_version (document_id) where status = 'ACTIVE';
create index guide_version_hash on guide_version (content_sha256);

-- The support areas one document version was read into, in document order (the area as JSON, the catalogue's
-- own shape; draft -> final links are recomputed from the documents when the catalogue is assembled).
create table support_area (
    version_id  bigint  not null references guide_version (version_id) on delete cascade,
    area_id     text    not null,
    position    int     not null,
    area        jsonb   not null,
    primary key (version_id, area_id)
);

-- One row per registry file imported (upload or start-up file), with its bytes and row report.
create table registry_file (
    file_id         bigserial primary key,
    file_name       text        not null,
    content         bytea       not null,
    content_sha256  text        not null unique,
    report          jsonb       not null,
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null default now()
);

-- The registry: one row per enterprise, its current normalised profile and where it came from
-- (source_row: its position among the file's imported profiles). Earlier profiles are kept in
-- enterprise_edit when a later file or an administrator changes one.
create table enterprise (
    enterprise_id   text        primary key,
    profile         jsonb       not null,
    file_id         bigint      references registry_file (file_id),
    source_row      int,
    status          text        not null default 'ACTIVE' check (status in ('ACTIVE', 'WITHDRAWN')),
    updated_by      text        not null,
    updated_at      timestamptz not null default now(),
    seq             bigserial
);

create table enterprise_edit (
    edit_id         bigserial   primary key,
    enterprise_id   text        not null references enterprise (enterprise_id),
    previous        jsonb       not null,
    previous_status text        not null,
    edited_by       text        not null,
    edited_at       timestamptz not null default now(),
    reason          text        not null
);

create table feedback_event (
    event_id    bigserial   primary key,
    received_at timestamptz not null default now(),
    event       jsonb       not null
);

-- Accounts: password_hash is a DelegatingPasswordEncoder hash ({bcrypt}...). jurisdiction is a list of
-- region codes (province, city or district) the account may see, or {all}.
create table account (
    username        text        primary key,
    password_hash   text        not null,
    roles           text[]      not null,
    jurisdiction    text[]      not null default '{all}',
    enabled         boolean     not null default true,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

-- Append-only: uploads, replacements, withdrawals, officer exports, account changes.
create table audit_event (
    event_id    bigserial   primary key,
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    subject     text,
    detail      jsonb
);
create index audit_event_at on audit_event (at);

-- Nightly runs as recorded by the nightly job.
create table nightly_run (
    version         text        primary key,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    status          text        not null,
    areas           int,
    enterprises     int,
    opportunities   bigint,
    stage_millis    jsonb,
    detail          text
);
