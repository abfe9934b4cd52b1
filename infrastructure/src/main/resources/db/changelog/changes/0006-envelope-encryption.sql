--liquibase formatted sql

--changeset coachkeep:0006-keystore-schema
--comment: The wrapped data keys live in a schema of their own, which the backups of the data leave out (pg_dump --exclude-schema=keystore): destroying a subject's key then makes every backup copy of their encrypted data unreadable at once. See docs/operations/encryption.md.
create schema keystore;
grant usage on schema keystore to ${app_role};
--rollback drop schema keystore;

--changeset coachkeep:0006-data-key
-- One data key per subject (the workspace, or one client) and purpose (FIELD: sensitive database fields;
-- FILE: stored files), wrapped by the key-encryption key, which is never in the database. No foreign key to
-- the workspace: keys outlive the rows they protect only as destroyed markers, and must not be removed with
-- them by a cascade. A destroyed key keeps its row (wrapped_key null, destroyed_at set) so that no new key is
-- created for the subject.
create table keystore.data_key (
    workspace_id uuid        not null,
    subject_kind varchar(16) not null check (subject_kind in ('WORKSPACE', 'CLIENT')),
    subject_id   uuid        not null,
    purpose      varchar(16) not null check (purpose in ('FIELD', 'FILE')),
    wrapped_key  bytea,
    created_at   timestamptz not null,
    destroyed_at timestamptz,
    primary key (workspace_id, subject_kind, subject_id, purpose),
    constraint data_key_material_until_destroyed check ((wrapped_key is null) = (destroyed_at is not null)),
    constraint data_key_workspace_subject check (subject_kind <> 'WORKSPACE' or subject_id = workspace_id)
);
-- The application role reads and adds keys, and may only destroy one (the two columns destruction changes);
-- it never deletes a row and owns nothing here.
grant select, insert on keystore.data_key to ${app_role};
grant update (wrapped_key, destroyed_at) on keystore.data_key to ${app_role};
--rollback drop table keystore.data_key;

--changeset coachkeep:0006-data-key-only-destroyed splitStatements:false
-- A key is never replaced, and a destroyed key never comes back: the only update allowed is destruction.
create function keystore.data_key_only_destroy() returns trigger language plpgsql as $$
begin
    if old.destroyed_at is not null then
        raise exception 'data key of % % was destroyed and stays destroyed', old.subject_kind, old.subject_id;
    end if;
    if new.wrapped_key is not null or new.destroyed_at is null
            or (new.workspace_id, new.subject_kind, new.subject_id, new.purpose, new.created_at)
               is distinct from (old.workspace_id, old.subject_kind, old.subject_id, old.purpose, old.created_at) then
        raise exception 'a data key is never changed; it can only be destroyed';
    end if;
    return new;
end
$$;
create trigger data_key_only_destroy before update on keystore.data_key
    for each row execute function keystore.data_key_only_destroy();
--rollback drop trigger data_key_only_destroy on keystore.data_key; drop function keystore.data_key_only_destroy();

--changeset coachkeep:0006-coach-note-ciphertext
-- Coach notes are encrypted under the client's field key (body_ct). body keeps plaintext only for rows written
-- before this change, until the start-up step encrypts them and clears it; a later change drops the column.
alter table coach_note alter column body drop not null;
alter table coach_note add column body_ct bytea;
alter table coach_note add constraint coach_note_body_present check (body is not null or body_ct is not null);
--rollback alter table coach_note drop constraint coach_note_body_present; alter table coach_note drop column body_ct;

--changeset coachkeep:0006-coach-note-encryption-policy
-- The start-up step that encrypts notes stored in plaintext works across workspaces: it marks its transactions
-- with app.field_encryption = on, and then sees (and may only encrypt) the rows still holding plaintext.
create policy field_encryption on coach_note for all
    using (body is not null and current_setting('app.field_encryption', true) = 'on')
    with check (body is null and body_ct is not null and current_setting('app.field_encryption', true) = 'on');
--rollback drop policy field_encryption on coach_note;
