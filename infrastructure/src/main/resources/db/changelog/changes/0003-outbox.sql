--liquibase formatted sql

--changeset coachkeep:0003-outbox-message splitStatements:false
-- The transactional outbox: side effects (emails today; Stripe calls, live-update events and partner webhooks
-- later) written in the same transaction as the change that causes them, and carried out afterwards by the
-- outbox worker, at least once. Workspace data: workspace_id leads the primary key; messages that belong to no
-- workspace use the nil UUID. No foreign key to workspace, because of those platform messages.
create table outbox_message (
    workspace_id    uuid          not null,
    id              uuid          not null,
    kind            varchar(32)   not null check (kind in ('email')),
    -- derived from domain ids: the same logical side effect always has the same key, so queuing it twice keeps
    -- one row, and the provider sees the same key (and the same Message-ID) on every retry
    idempotency_key varchar(200)  not null,
    template        varchar(64)   not null,
    essential       boolean       not null,
    -- the structured message (recipient, locale, branding, model); cleared once delivered or suppressed, since it
    -- may hold a link's secret
    payload         jsonb,
    status          varchar(16)   not null check (status in ('PENDING', 'SENT', 'SUPPRESSED', 'DEAD')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    created_at      timestamptz   not null,
    done_at         timestamptz,
    last_error      varchar(1000),
    primary key (workspace_id, id),
    constraint outbox_message_key_uq unique (workspace_id, idempotency_key),
    constraint outbox_message_payload_present check (status not in ('PENDING', 'DEAD') or payload is not null)
);
-- The worker's query: due pending rows, oldest due first.
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_message_dead_idx on outbox_message (done_at) where status = 'DEAD';
create index outbox_message_done_idx on outbox_message (done_at) where status in ('SENT', 'SUPPRESSED');

-- Row-level security: a tenant transaction (app.workspace_id set) reads and writes its own workspace's rows
-- only; the outbox worker, which works across workspaces, marks its transactions with app.outbox_worker = on.
-- Both settings are transaction-local (set_config(..., true)), and an unset one matches nothing.
alter table outbox_message enable row level security;
alter table outbox_message force row level security;
create policy tenant_isolation on outbox_message for all
    using (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
    with check (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
create policy outbox_worker on outbox_message
    using (current_setting('app.outbox_worker', true) = 'on')
    with check (current_setting('app.outbox_worker', true) = 'on');

--changeset coachkeep:0003-notification-preference
-- Each person's choices about optional email, across every workspace they belong to (not workspace data).
-- opted_out lists the categories turned off, comma-separated; every other category is on. The unsubscribe
-- token goes into the one-click link of optional emails; it can only turn a category off.
create table notification_preference (
    person_id         uuid          not null primary key references person (id) deferrable initially deferred,
    opted_out         varchar(1000) not null default '',
    unsubscribe_token varchar(64)   not null,
    version           bigint        not null default 0,
    updated_at        timestamptz   not null,
    constraint notification_preference_token_uq unique (unsubscribe_token)
);
