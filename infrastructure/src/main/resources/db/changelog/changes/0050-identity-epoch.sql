--liquibase formatted sql

--changeset coachkeep:0050-identity-epoch splitStatements:false
--comment: Identity epochs (docs/performance.md, "The identity cache"). A server node may keep a caller's identity in a workspace (person, active membership, workspace, custom role) only as long as neither the workspace's epoch nor the person's has changed. Each epoch is a random value, replaced in the same transaction as any change to what the identity is read from: person.identity_epoch by a trigger on person; workspace_identity_epoch by statement triggers on membership, custom_role and workspace (a deleted workspace loses its row). Every request reads both epochs in the statement that makes its tenant setting (coachkeep_enter_workspace), before the identity, so a change committed before the request is always seen. Random values, not counters, so that a restored backup never brings back a value a node still holds. No personal data: an id and a random value.
alter table person add column identity_epoch uuid not null default gen_random_uuid();

create function person_identity_epoch() returns trigger language plpgsql as $$
begin
    new.identity_epoch := gen_random_uuid();
    return new;
end
$$;
create trigger person_identity_epoch before update on person for each row execute function person_identity_epoch();

create table workspace_identity_epoch (
    workspace_id uuid not null primary key,
    epoch        uuid not null
);
-- Every workspace so far gets an epoch (the owner reads them past row-level security for this one statement).
alter table workspace no force row level security;
insert into workspace_identity_epoch (workspace_id, epoch) select id, gen_random_uuid() from workspace;
alter table workspace force row level security;

-- A new epoch for every workspace whose memberships or custom roles a statement changed (one per workspace and
-- statement, however many rows), as long as the workspace exists: a workspace being erased keeps no row.
create function workspace_identity_epoch_bump() returns trigger language plpgsql as $$
begin
    insert into workspace_identity_epoch as e (workspace_id, epoch)
    select d.workspace_id, gen_random_uuid()
      from (select distinct workspace_id from changed_rows) d
     where exists (select 1 from workspace w where w.id = d.workspace_id)
    on conflict (workspace_id) do update set epoch = excluded.epoch;
    return null;
end
$$;
create trigger membership_identity_epoch_insert after insert on membership referencing new table as changed_rows
    for each statement execute function workspace_identity_epoch_bump();
create trigger membership_identity_epoch_update after update on membership referencing new table as changed_rows
    for each statement execute function workspace_identity_epoch_bump();
create trigger membership_identity_epoch_delete after delete on membership referencing old table as changed_rows
    for each statement execute function workspace_identity_epoch_bump();
create trigger custom_role_identity_epoch_insert after insert on custom_role referencing new table as changed_rows
    for each statement execute function workspace_identity_epoch_bump();
create trigger custom_role_identity_epoch_update after update on custom_role referencing new table as changed_rows
    for each statement execute function workspace_identity_epoch_bump();
create trigger custom_role_identity_epoch_delete after delete on custom_role referencing old table as changed_rows
    for each statement execute function workspace_identity_epoch_bump();

-- The workspace row itself: a new epoch when it is created or changed (suspension, deletion asked for, the staff
-- second-factor rule, settings), and none once it is deleted.
create function workspace_identity_epoch_of_workspace() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from workspace_identity_epoch where workspace_id in (select id from changed_rows);
    else
        insert into workspace_identity_epoch as e (workspace_id, epoch)
        select d.id, gen_random_uuid() from (select distinct id from changed_rows) d
        on conflict (workspace_id) do update set epoch = excluded.epoch;
    end if;
    return null;
end
$$;
create trigger workspace_identity_epoch_insert after insert on workspace referencing new table as changed_rows
    for each statement execute function workspace_identity_epoch_of_workspace();
create trigger workspace_identity_epoch_update after update on workspace referencing new table as changed_rows
    for each statement execute function workspace_identity_epoch_of_workspace();
create trigger workspace_identity_epoch_delete after delete on workspace referencing old table as changed_rows
    for each statement execute function workspace_identity_epoch_of_workspace();

-- The statement every request to a workspace starts with: the tenant setting for this transaction, then the two
-- epochs, read under that setting ("<workspace epoch>:<person epoch>", either empty when there is none).
create function coachkeep_enter_workspace(w uuid, iss text, sub text) returns text language plpgsql volatile as $$
begin
    perform set_config('app.workspace_id', w::text, true);
    return coalesce((select e.epoch::text from workspace_identity_epoch e where e.workspace_id = w), '') || ':'
        || coalesce((select p.identity_epoch::text from person p where p.issuer = iss and p.subject = sub), '');
end
$$;
--rollback drop function coachkeep_enter_workspace(uuid, text, text); drop trigger workspace_identity_epoch_delete on workspace; drop trigger workspace_identity_epoch_update on workspace; drop trigger workspace_identity_epoch_insert on workspace; drop function workspace_identity_epoch_of_workspace(); drop trigger custom_role_identity_epoch_delete on custom_role; drop trigger custom_role_identity_epoch_update on custom_role; drop trigger custom_role_identity_epoch_insert on custom_role; drop trigger membership_identity_epoch_delete on membership; drop trigger membership_identity_epoch_update on membership; drop trigger membership_identity_epoch_insert on membership; drop function workspace_identity_epoch_bump(); drop table workspace_identity_epoch; drop trigger person_identity_epoch on person; drop function person_identity_epoch(); alter table person drop column identity_epoch;
