--liquibase formatted sql

--changeset coachkeep:0015-account-tombstone
--comment: The record that a person deleted their account, beside the workspace and client tombstones and, like them, outside the data's backups, so a restored backup cannot bring the person's identity, email or name back (the replay at start erases the restored row again). No personal data: an id and a time. A person is not workspace data, so the table has no workspace_id and no row-level security, like the person table itself; the application role may read and add, never change or remove.
create table keystore.account_tombstone (
    person_id  uuid        not null primary key,
    deleted_at timestamptz not null
);
grant select, insert on keystore.account_tombstone to ${app_role};
--rollback drop table keystore.account_tombstone;
