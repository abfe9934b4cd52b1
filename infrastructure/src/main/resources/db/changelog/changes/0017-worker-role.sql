--liquibase formatted sql

--changeset coachkeep:0017-worker-role-grants
--comment: Background work that spans workspaces (the outbox, exports, deletions and their replay, announcements, incidents, support grants, audit checkpoints, the start-up encryption of plaintext notes) finds its work as its own role, ${worker_role}, through its own connection pool. That role owns nothing, cannot bypass row-level security, and may only READ the few tables it scans: it changes a row only through the application role under that row's own workspace setting, like every request.
grant usage on schema public to ${worker_role};
grant usage on schema keystore to ${worker_role};
grant select on outbox_message, workspace_deletion, data_export, membership, person, support_grant, incident_workspace,
    audit_chain_head, coach_note to ${worker_role};
grant select on keystore.tombstone to ${worker_role};
--rollback revoke select on keystore.tombstone from ${worker_role};
--rollback revoke select on outbox_message, workspace_deletion, data_export, membership, person, support_grant, incident_workspace, audit_chain_head, coach_note from ${worker_role};
--rollback revoke usage on schema keystore from ${worker_role};
--rollback revoke usage on schema public from ${worker_role};

--changeset coachkeep:0017-policies-across-workspaces-for-the-worker-only
--comment: Every policy that spans workspaces now applies TO the worker role only and only to SELECT: the application role may set app.outbox_worker (or any other setting) and still sees one workspace. The worker's transaction still names what it scans (its setting), so a scan of the outbox never sees tombstones. Each setting is read once per statement (the subquery is an init plan), not once per row.
drop policy outbox_worker on outbox_message;
create policy outbox_worker on outbox_message for select to ${worker_role}
    using ((select current_setting('app.outbox_worker', true)) = 'on');
drop policy deletion_worker on workspace_deletion;
create policy deletion_worker on workspace_deletion for select to ${worker_role}
    using ((select current_setting('app.deletion_worker', true)) = 'on');
drop policy export_worker on data_export;
create policy export_worker on data_export for select to ${worker_role}
    using ((select current_setting('app.export_worker', true)) = 'on');
drop policy coach_directory on membership;
create policy coach_directory on membership for select to ${worker_role}
    using ((select current_setting('app.coach_directory', true)) = 'on');
drop policy support_grants on support_grant;
create policy support_grants on support_grant for select to ${worker_role}
    using ((select current_setting('app.support_grants', true)) = 'on');
drop policy support_incidents on incident_workspace;
create policy support_incidents on incident_workspace for select to ${worker_role}
    using ((select current_setting('app.support_incidents', true)) = 'on');
drop policy audit_checkpointer on audit_chain_head;
create policy audit_checkpointer on audit_chain_head for select to ${worker_role}
    using ((select current_setting('app.audit_checkpointer', true)) = 'on');
drop policy field_encryption on coach_note;
create policy field_encryption on coach_note for select to ${worker_role}
    using (body is not null and (select current_setting('app.field_encryption', true)) = 'on');
drop policy deletion_replay on keystore.tombstone;
create policy deletion_replay on keystore.tombstone for select to ${worker_role}
    using ((select current_setting('app.deletion_replay', true)) = 'on');

--changeset coachkeep:0017-person-scoped-policies-for-the-application-only
--comment: The application's own narrow doors (a person's own memberships, one invitation by the hash of its secret, one export by the hash of its download link) stay read only, apply to the application role only, and read their setting once per statement. Writing any of these rows still needs the row's workspace setting (tenant_isolation's WITH CHECK).
drop policy own_memberships on membership;
create policy own_memberships on membership for select to ${app_role}
    using (person_id = (select nullif(current_setting('app.person_id', true), '')::uuid));
drop policy by_token on invitation;
create policy by_token on invitation for select to ${app_role}
    using (token_hash = (select nullif(current_setting('app.invitation_token_hash', true), '')));
drop policy by_download_token on data_export;
create policy by_download_token on data_export for select to ${app_role}
    using (download_token_hash = (select nullif(current_setting('app.export_token_hash', true), '')));

--changeset coachkeep:0017-workspace-policy-read-once
--comment: The workspace table is keyed by id: its tenant_isolation compares id, with the setting read once per statement. The other tenant tables get the same form from the 9999 scripts, which run after every migration.
alter policy tenant_isolation on workspace
    using (id = (select nullif(current_setting('app.workspace_id', true), '')::uuid))
    with check (id = (select nullif(current_setting('app.workspace_id', true), '')::uuid));

--changeset coachkeep:0017-refusals-say-insufficient-privilege splitStatements:false
--comment: Every refusal of the database's own rules answers SQLSTATE 42501 (insufficient_privilege), as a missing grant or a row-level security WITH CHECK does, so that callers and tests tell a refusal from a mistake. Same bodies as in 0006 and 0008, with the error code added.
create or replace function keystore.data_key_only_destroy() returns trigger language plpgsql as $$
begin
    if old.destroyed_at is not null then
        raise exception 'data key of % % was destroyed and stays destroyed', old.subject_kind, old.subject_id
            using errcode = 'insufficient_privilege';
    end if;
    if new.wrapped_key is not null or new.destroyed_at is null
            or (new.workspace_id, new.subject_kind, new.subject_id, new.purpose, new.created_at)
               is distinct from (old.workspace_id, old.subject_kind, old.subject_id, old.purpose, old.created_at) then
        raise exception 'a data key is never changed; it can only be destroyed' using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create or replace function erase_workspace_audit(target uuid, batch_size integer) returns bigint
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    erased bigint;
begin
    if target is null or target = '00000000-0000-0000-0000-000000000000'::uuid then
        raise exception 'the platform audit trail is never erased' using errcode = 'insufficient_privilege';
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
