--liquibase formatted sql

--changeset coachkeep:0007-audit-trail splitStatements:false
-- The audit trail: security-relevant events, one hash chain per workspace (platform events under the nil UUID).
-- Append-only: the application role may insert and read, never update, delete or truncate; a trigger refuses
-- updates and deletes for every role, so even the schema owner cannot change history without first dropping
-- the trigger, which the chain verification and the signed checkpoints would then expose. See docs/audit.md.
create table audit_event (
    workspace_id  uuid          not null,
    sequence      bigint        not null check (sequence >= 1),
    id            uuid          not null,
    occurred_at   timestamptz   not null,
    actor_kind    varchar(16)   not null check (actor_kind in ('PERSON', 'SUPPORT', 'SYSTEM', 'ANONYMOUS')),
    actor_id      varchar(200),
    action        varchar(80)   not null,
    target_type   varchar(40),
    target_id     varchar(200),
    reason        varchar(1000),
    request_id    varchar(128),
    details       jsonb         not null default '{}'::jsonb,
    previous_hash char(64)      not null,
    hash          char(64)      not null,
    primary key (workspace_id, sequence),
    constraint audit_event_id_uq unique (workspace_id, id)
);
create index audit_event_time_idx on audit_event (workspace_id, occurred_at);
create index audit_event_actor_idx on audit_event (workspace_id, actor_id, sequence);
create index audit_event_action_idx on audit_event (workspace_id, action, sequence);

-- The last link of each chain. Appending locks this row (select ... for update), so the events of one workspace
-- are chained one at a time while other workspaces proceed.
create table audit_chain_head (
    workspace_id uuid        not null primary key,
    sequence     bigint      not null,
    hash         char(64)    not null,
    updated_at   timestamptz not null
);

revoke update, delete, truncate on audit_event from ${app_role};

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Row-level security: the generic tenant_isolation policy (9999-force-row-level-security.sql) covers both
-- tables. Signing checkpoints reads every chain's head across workspaces, and nothing else: this transaction-local
-- marker admits exactly that read.
alter table audit_chain_head enable row level security;
alter table audit_chain_head force row level security;
create policy audit_checkpointer on audit_chain_head for select
    using (current_setting('app.audit_checkpointer', true) = 'on');
