--liquibase formatted sql logicalFilePath:db/changelog/changes/0013-support-grants-suspension-and-lookup.sql
-- Renamed from 0013-support-grants-suspension-and-lookup.sql (two changelogs were numbered 0013); the logical file path
-- keeps the changesets' identity (DATABASECHANGELOG.FILENAME), so a database migrated under the old name runs nothing
-- again (LiquibaseMigratorTest proves it). "0013b" keeps its place in includeAll's order: after 0013-account-deletion,
-- before 0014.

--changeset coachkeep:0013-workspace-suspension
-- Coachkeep's staff may suspend a workspace for abuse: its members are then refused (except for exporting and deleting
-- their data) until it is restored. Why is recorded in the audit trails, not here.
alter table workspace add column suspended_at timestamptz;

--changeset coachkeep:0013-support-grant splitStatements:false
-- Time-limited, read-only access of support staff to one workspace's content (P-INT-1). Tenant data: workspace_id leads
-- the primary key, 9999 gives the table forced row-level security and the tenant_isolation policy (the owner reads the
-- workspace's grants under it), and the grants are erased with their workspace. Staff are named by their identity at
-- Coachkeep's identity provider, never a person row of a workspace.
create table support_grant (
    workspace_id   uuid          not null references workspace (id) deferrable initially deferred,
    id             uuid          not null,
    requested_by   varchar(200)  not null,
    requester_role varchar(32)   not null check (requester_role in ('SUPPORT_AGENT', 'SECURITY_OFFICER', 'ADMIN')),
    scope          varchar(32)   not null,
    reason         text          not null check (length(reason) between 1 and 1000),
    ticket         varchar(100)  not null,
    minutes        integer       not null check (minutes between 1 and 60),
    requested_at   timestamptz   not null,
    state          varchar(16)   not null check (state in ('PENDING', 'ACTIVE', 'REVOKED')),
    approved_by    varchar(200),
    approved_at    timestamptz,
    starts_at      timestamptz,
    ends_at        timestamptz,
    revoked_by     varchar(200),
    revoked_at     timestamptz,
    revoke_reason  text          check (length(revoke_reason) <= 1000),
    views          bigint        not null default 0,
    primary key (workspace_id, id),
    -- the second person is never the first, and no grant runs longer than an hour, whatever the application says
    constraint support_grant_second_person check (approved_by is null or approved_by <> requested_by),
    constraint support_grant_at_most_an_hour check (ends_at is null or ends_at <= starts_at + interval '60 minutes')
);
create index support_grant_workspace_idx on support_grant (workspace_id, requested_at desc, id desc);
create index support_grant_id_idx on support_grant (id);
create index support_grant_pending_idx on support_grant (requested_at) where state = 'PENDING';
create index support_grant_staff_idx on support_grant (requested_by, requested_at desc);

-- The support use cases find a grant by its id (approving, revoking, viewing under it) and list pending ones across
-- workspaces; they mark their transactions with app.support_grants = on (transaction-local), which this policy admits
-- for this table only. Nothing else sets it.
create policy support_grants on support_grant
    using (current_setting('app.support_grants', true) = 'on')
    with check (current_setting('app.support_grants', true) = 'on');

--changeset coachkeep:0013-support-workspace-lookup splitStatements:false
-- Support's workspace look-up spans workspaces. It is one function, not a policy the application could open: it runs
-- as the schema owner (security definer), returns metadata and counts only (id, name, created, status, staff and client
-- counts, the owner's email; never content), is bounded to 51 rows per call, and the application role may only execute
-- it. The policies below admit the schema owner's reads of workspace, membership and client while the function's own
-- transaction-local flag is on; they name the owner role (current_user while this changeset runs), so setting the flag
-- does nothing for the application role.
create index person_email_lower_idx on person (lower(email));

create policy support_lookup on workspace for select to current_user
    using (current_setting('app.support_lookup', true) = 'on');
create policy support_lookup on membership for select to current_user
    using (current_setting('app.support_lookup', true) = 'on');
create policy support_lookup on client for select to current_user
    using (current_setting('app.support_lookup', true) = 'on');

create function support_workspace_lookup(search_kind text, search text, after_name text, after_id uuid, max_rows integer)
    returns table (id uuid, name varchar, created_at timestamptz, status text, staff_count bigint, client_count bigint,
                   owner_email varchar)
    language plpgsql security definer set search_path = public, pg_temp as $$
#variable_conflict use_column
declare
    target uuid;
    pattern text;
begin
    if max_rows is null or max_rows < 1 or max_rows > 51 then
        raise exception 'max_rows must be 1 to 51';
    end if;
    if search_kind = 'ID' then
        target := search::uuid;
    elsif search_kind = 'NAME' then
        pattern := '%' || replace(replace(replace(search, '\', '\\'), '%', '\%'), '_', '\_') || '%';
    elsif search_kind <> 'OWNER_EMAIL' then
        raise exception 'unknown search kind %', search_kind;
    end if;
    perform set_config('app.support_lookup', 'on', true);
    return query
        select w.id, w.name, w.created_at,
               case when w.deletion_requested_at is not null then 'deleting'
                    when w.suspended_at is not null then 'suspended'
                    else 'active' end,
               (select count(*) from membership m where m.workspace_id = w.id and m.status = 'ACTIVE' and m.role <> 'CLIENT'),
               (select count(*) from client c where c.workspace_id = w.id),
               p.email
        from workspace w
        left join person p on p.id = w.owner_id
        where ((search_kind = 'ID' and w.id = target)
               or (search_kind = 'OWNER_EMAIL' and lower(p.email) = lower(search))
               or (search_kind = 'NAME' and w.name ilike pattern))
          and (after_id is null or (lower(w.name), w.id) > (lower(after_name), after_id))
        order by lower(w.name), w.id
        limit max_rows;
    perform set_config('app.support_lookup', '', true);
end;
$$;
revoke all on function support_workspace_lookup(text, text, text, uuid, integer) from public;
grant execute on function support_workspace_lookup(text, text, text, uuid, integer) to ${app_role};
