--liquibase formatted sql

--changeset coachkeep:0005-custom-role-deletion
-- A custom role can be deleted once no active staff member holds it. Removed memberships may still name it:
-- deleting the role clears their reference (only that column: the workspace_id of the composite key stays),
-- so a removed membership may be 'CUSTOM' without a role; an active one never is.
alter table membership drop constraint membership_custom_role_fk;
alter table membership add constraint membership_custom_role_fk foreign key (workspace_id, custom_role_id)
    references custom_role (workspace_id, id) on delete set null (custom_role_id) deferrable initially deferred;
alter table membership drop constraint membership_custom_role_present;
alter table membership add constraint membership_custom_role_present
    check (status = 'REMOVED' or (role = 'CUSTOM') = (custom_role_id is not null));
create index membership_custom_role_idx on membership (workspace_id, custom_role_id) where custom_role_id is not null;
