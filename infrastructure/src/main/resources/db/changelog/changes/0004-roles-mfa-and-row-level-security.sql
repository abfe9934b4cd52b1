--liquibase formatted sql

--changeset coachkeep:0004-custom-roles
-- Custom staff roles: permission sets the owner defines and assigns to staff.
create table custom_role (
    workspace_id uuid          not null references workspace (id) deferrable initially deferred,
    id           uuid          not null,
    name         varchar(60)   not null,
    permissions  varchar(2000) not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0,
    primary key (workspace_id, id),
    constraint custom_role_name_uq unique (workspace_id, name)
);
alter table membership add column custom_role_id uuid;
alter table membership add constraint membership_custom_role_fk foreign key (workspace_id, custom_role_id)
    references custom_role (workspace_id, id) deferrable initially deferred;
alter table membership drop constraint membership_role_check;
alter table membership add constraint membership_role_check check (role in ('OWNER', 'COACH', 'ASSISTANT', 'CLIENT', 'CUSTOM'));
alter table membership add constraint membership_custom_role_present check ((role = 'CUSTOM') = (custom_role_id is not null));

--changeset coachkeep:0004-mfa-policy
-- The owner can require multi-factor sign-in for every staff member.
alter table workspace add column staff_mfa_required boolean not null default false;

--changeset coachkeep:0004-row-level-security splitStatements:false
-- The second line of tenant isolation. Every table holding workspace data is filtered by the transaction-local
-- setting app.workspace_id (set by the persistence adapter at the start of each transaction). A missing or
-- empty setting matches nothing: policies fail closed. The generic policy on tables with a workspace_id column
-- is created by 9999-force-row-level-security.sql; here are the tables and the narrow cross-workspace reads
-- it does not cover (see docs/architecture.md, "Row-level security").
alter table workspace enable row level security;
alter table workspace force row level security;
create policy tenant_isolation on workspace for all
    using (id = nullif(current_setting('app.workspace_id', true), '')::uuid)
    with check (id = nullif(current_setting('app.workspace_id', true), '')::uuid);

-- A person reads their own memberships across workspaces (GET /me, resolving their role).
alter table membership enable row level security;
alter table membership force row level security;
create policy own_memberships on membership for select
    using (person_id = nullif(current_setting('app.person_id', true), '')::uuid);

-- Accepting an invitation: the person does not belong to the workspace yet; knowing the secret (its hash is
-- the setting) is what allows reading that one invitation.
alter table invitation enable row level security;
alter table invitation force row level security;
create policy by_token on invitation for select
    using (token_hash = nullif(current_setting('app.invitation_token_hash', true), ''));

-- Remembered responses of idempotent requests belong to the person who sent them.
alter table idempotency_record enable row level security;
alter table idempotency_record force row level security;
create policy own_requests on idempotency_record for all
    using (scope = nullif(current_setting('app.person_id', true), ''))
    with check (scope = nullif(current_setting('app.person_id', true), ''));
