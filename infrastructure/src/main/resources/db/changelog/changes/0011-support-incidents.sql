--liquibase formatted sql

--changeset coachkeep:0011-incident splitStatements:false
-- Security incidents (P-INC-1). The incident and its public updates are platform data (no workspace); which
-- workspaces an incident concerns is workspace data, under row-level security like every tenant table.
create table incident (
    id            uuid          not null primary key,
    public_title  varchar(200)  not null,
    what_happened text          not null check (length(what_happened) <= 5000),
    -- one line per kind of data (each validated as a single line)
    data_affected text          not null default '',
    remediation   text          not null check (length(remediation) <= 5000),
    severity      varchar(16)   not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    detected_at   timestamptz   not null,
    recorded_at   timestamptz   not null,
    resolved_at   timestamptz
);
create index incident_recorded_idx on incident (recorded_at desc);

-- The public updates, in the order they were posted; the text is written for everyone (the status endpoint).
create table incident_update (
    id          uuid          not null primary key,
    incident_id uuid          not null references incident (id) deferrable initially deferred,
    posted_at   timestamptz   not null,
    text        text          not null check (length(text) <= 5000),
    resolves    boolean       not null default false
);
create index incident_update_incident_idx on incident_update (incident_id, posted_at);

-- Which workspaces an incident concerns. Tenant data: workspace_id leads the primary key, and 9999 gives the table
-- forced row-level security and the tenant_isolation policy. A workspace's deletion removes its links.
create table incident_workspace (
    workspace_id uuid not null references workspace (id) on delete cascade deferrable initially deferred,
    incident_id  uuid not null references incident (id) deferrable initially deferred,
    primary key (workspace_id, incident_id)
);
create index incident_workspace_incident_idx on incident_workspace (incident_id);

-- The security officer's incident use cases read and write the links of every workspace an incident concerns; they
-- mark their transactions with app.support_incidents = on (transaction-local), which this policy admits for this
-- table only. Nothing else sets it.
alter table incident_workspace enable row level security;
alter table incident_workspace force row level security;
create policy support_incidents on incident_workspace
    using (current_setting('app.support_incidents', true) = 'on')
    with check (current_setting('app.support_incidents', true) = 'on');
