--liquibase formatted sql

--changeset coachkeep:0008-workspace-deletion-requested
-- A workspace whose owner asked for its deletion is unusable from that moment (every member is answered as if it
-- did not exist) while the deletion job erases its rows; the row itself goes last.
alter table workspace add column deletion_requested_at timestamptz;

--changeset coachkeep:0008-workspace-deletion splitStatements:false
-- The progress of a workspace's deletion, readable by the person who asked for it. No foreign key to the
-- workspace: it outlives the workspace's rows. It holds ids, counts and times, no content; it is removed 30 days
-- after the deletion finished. progress lists, per feature in erasure order, "feature:rows:done" separated by ','.
create table workspace_deletion (
    workspace_id uuid          not null primary key,
    requested_by uuid          not null,
    requested_at timestamptz   not null,
    progress     varchar(2000) not null default '',
    finished_at  timestamptz,
    updated_at   timestamptz   not null
);
create index workspace_deletion_pending_idx on workspace_deletion (requested_at) where finished_at is null;
-- The deletion job works across workspaces: it marks its transactions with app.deletion_worker = on, which shows
-- it the deletions (and nothing else); the tenant_isolation policy (9999) covers the owner's own reads.
alter table workspace_deletion enable row level security;
alter table workspace_deletion force row level security;
create policy deletion_worker on workspace_deletion for all
    using (current_setting('app.deletion_worker', true) = 'on')
    with check (current_setting('app.deletion_worker', true) = 'on');

--changeset coachkeep:0008-tombstone
-- What was deleted and when, kept outside the data's backups (schema keystore, left out of them) so that a restored
-- backup can replay every deletion made since it was taken. No personal data: kinds, ids and times only.
create table keystore.tombstone (
    workspace_id uuid        not null,
    kind         varchar(16) not null check (kind in ('WORKSPACE', 'CLIENT')),
    subject_id   uuid        not null,
    deleted_at   timestamptz not null,
    primary key (workspace_id, kind, subject_id),
    constraint tombstone_workspace_subject check (kind <> 'WORKSPACE' or subject_id = workspace_id)
);
-- The application role records deletions and reads them back; a tombstone is never changed or removed by it.
grant select, insert on keystore.tombstone to ${app_role};

--changeset coachkeep:0008-erase-workspace-audit splitStatements:false
-- Deleting a workspace removes its audit trail too; the trail is otherwise append-only for every role. The trigger
-- now lets exactly one path through: a delete made while app.audit_erasure names the row's workspace, which only
-- erase_workspace_audit sets, and it runs as the schema owner (the application role has no DELETE on audit_event).
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.workspace_id::text = current_setting('app.audit_erasure', true) then
        return old;
    end if;
    raise exception 'audit events are append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

-- Erases up to batch_size events of a workspace whose deletion is recorded (a workspace tombstone exists), and its
-- chain head once no event is left; returns how many rows it deleted. Never the platform trail (the nil UUID),
-- where the deletion itself stays recorded.
create function erase_workspace_audit(target uuid, batch_size integer) returns bigint
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    erased bigint;
begin
    if target is null or target = '00000000-0000-0000-0000-000000000000'::uuid then
        raise exception 'the platform audit trail is never erased';
    end if;
    perform set_config('app.workspace_id', target::text, true);
    if not exists (select 1 from keystore.tombstone t where t.workspace_id = target and t.kind = 'WORKSPACE') then
        raise exception 'workspace % has no deletion recorded', target using errcode = 'insufficient_privilege';
    end if;
    perform set_config('app.audit_erasure', target::text, true);
    delete from audit_event e
        where e.workspace_id = target
          and e.sequence in (select x.sequence from audit_event x where x.workspace_id = target
                             order by x.sequence limit greatest(batch_size, 1));
    get diagnostics erased = row_count;
    if erased = 0 then
        delete from audit_chain_head h where h.workspace_id = target;
        get diagnostics erased = row_count;
    end if;
    perform set_config('app.audit_erasure', '', true);
    return erased;
end;
$$;
revoke all on function erase_workspace_audit(uuid, integer) from public;
grant execute on function erase_workspace_audit(uuid, integer) to ${app_role};
