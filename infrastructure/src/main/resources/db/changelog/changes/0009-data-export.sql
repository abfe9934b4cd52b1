--liquibase formatted sql

--changeset coachkeep:0009-data-export splitStatements:false
-- Data exports (P-EXP-1): one row per export job and its archive, which lives in the file store under the
-- workspace's subject (owner export) or the client's (client export). Row-level security: the generic
-- tenant_isolation policy (9999-force-row-level-security.sql). Two narrow policies besides: the export worker
-- (app.export_worker = on) claims queued exports and expires old ones across workspaces, and a download finds the
-- one export whose current link hashes to app.export_token_hash. No foreign key to the client or the person: an
-- export row never holds up the deletion of its client or of the person who asked for it. See docs/data-export.md.
create table data_export (
    workspace_id        uuid          not null references workspace (id) deferrable initially deferred,
    id                  uuid          not null,
    scope               varchar(16)   not null check (scope in ('WORKSPACE', 'CLIENT')),
    client_id           uuid,
    requested_by        uuid          not null,
    file_id             uuid          not null,
    state               varchar(16)   not null check (state in ('QUEUED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED')),
    progress            varchar(2000) not null default '',
    attempts            integer       not null default 0,
    created_at          timestamptz   not null,
    started_at          timestamptz,
    heartbeat_at        timestamptz,
    finished_at         timestamptz,
    expires_at          timestamptz,
    size_bytes          bigint        not null default 0,
    failure             varchar(500),
    download_token_hash char(64),
    download_expires_at timestamptz,
    primary key (workspace_id, id),
    constraint data_export_scope_client check ((scope = 'CLIENT') = (client_id is not null))
);
create index data_export_requests_idx on data_export (workspace_id, requested_by, created_at);
create index data_export_queue_idx on data_export (created_at) where state in ('QUEUED', 'RUNNING');
create index data_export_expiry_idx on data_export (expires_at) where state = 'READY';
create index data_export_token_idx on data_export (download_token_hash) where download_token_hash is not null;

alter table data_export enable row level security;
alter table data_export force row level security;
create policy export_worker on data_export for all
    using (current_setting('app.export_worker', true) = 'on')
    with check (current_setting('app.export_worker', true) = 'on');
create policy by_download_token on data_export for select
    using (download_token_hash = nullif(current_setting('app.export_token_hash', true), ''));
--rollback drop table data_export;
