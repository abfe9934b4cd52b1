--liquibase formatted sql

--changeset coachkeep:0016-idempotency-without-content splitStatements:false
--comment: A remembered response keeps no plaintext: its body is encrypted under the data key of the subject it belongs to (the workspace, or the client it is about), so destroying that key shreds it in every backup, and the record carries the workspace it was made in (the nil UUID for a request outside any workspace: founding one). Remembered responses expire within 24 hours, so the old rows, which held bodies in plaintext, are dropped rather than converted.
-- truncate, not delete: row-level security is forced on the table, so a delete by the schema owner would see no row
truncate idempotency_record;
alter table idempotency_record drop constraint idempotency_record_pkey;
alter table idempotency_record drop column body;
alter table idempotency_record add column workspace_id uuid not null;
-- whose data key encrypts the body: 'WORKSPACE' (subject_id is a workspace's id, for a founding request the new
-- workspace's) or 'CLIENT' (a client of workspace_id); set when the response is stored
alter table idempotency_record add column subject_kind varchar(16) check (subject_kind in ('WORKSPACE', 'CLIENT'));
alter table idempotency_record add column subject_id uuid;
alter table idempotency_record add column body_ciphertext bytea;
alter table idempotency_record add constraint idempotency_record_pkey primary key (workspace_id, scope, idem_key);
alter table idempotency_record add constraint idempotency_record_complete
    check (status_code is null or subject_kind is not null and subject_id is not null);
create index idempotency_subject_idx on idempotency_record (workspace_id, subject_kind, subject_id);

-- Row-level security: the standard tenant isolation, and the person's own requests (kept from 0004: a founding
-- request has no workspace yet, and an account's erasure finds its records by person). Expiry runs as the schema
-- owner through purge_expired_idempotency_records() and sees expired rows only; the application role cannot
-- take that policy, whatever it sets.
alter table idempotency_record enable row level security;
alter table idempotency_record force row level security;
drop policy if exists tenant_isolation on idempotency_record;
create policy tenant_isolation on idempotency_record for all
    using (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
    with check (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
drop policy if exists idempotency_expiry on idempotency_record;
create policy idempotency_expiry on idempotency_record for all to current_user
    using (created_at < now() - interval '24 hours');

-- Deletes every remembered response older than 24 hours; returns how many. Called by the expiry job.
create or replace function purge_expired_idempotency_records() returns bigint
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    purged bigint;
begin
    delete from idempotency_record where created_at < now() - interval '24 hours';
    get diagnostics purged = row_count;
    return purged;
end;
$$;
revoke all on function purge_expired_idempotency_records() from public;
grant execute on function purge_expired_idempotency_records() to ${app_role};
--rollback drop function purge_expired_idempotency_records(); drop policy idempotency_expiry on idempotency_record;
