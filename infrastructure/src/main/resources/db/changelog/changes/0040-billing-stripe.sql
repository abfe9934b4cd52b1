--liquibase formatted sql

--changeset coachkeep:0040-sub-processor-stripe
-- Stripe (docs/billing.md): payments of clients to their coach through Stripe Connect and coaches' subscriptions
-- through Stripe Billing, used only when a deployment configures coachkeep.stripe.secret-key. Card data is entered on
-- Stripe-hosted pages only (P-PAY-1); Coachkeep sends Stripe a client's name and email for the customer record.
insert into sub_processor (id, service, purpose, region, data_categories, since, updated_at) values
    ('8d3e1f40-2b7c-4c55-9a0e-6f1d2c3b4a50', 'Stripe',
     'Optional, used only when configured (coachkeep.stripe.secret-key): client payments to coaches (Stripe Connect), coaches'' subscriptions (Stripe Billing), refunds, disputes and tax',
     'United States, European Union', 'Client and coach names, email addresses, amounts; card details go to Stripe only, never to Coachkeep',
     date '2026-12-07', timestamptz '2026-12-07 00:00:00+00');

--changeset coachkeep:0040-billing-webhook-inbox
-- Every Stripe event received on a webhook endpoint, once by its id (the primary key): the endpoint verifies the
-- signature, stores the event and answers at once; the billing inbox job applies it later (docs/billing.md). Platform
-- data (an event names a Stripe account, not a workspace, until it is applied). The payload is kept until the event
-- is applied, and kept for good when it could not be (status 'failed', with the error): an event is never dropped.
create table billing_webhook_event (
    event_id      varchar(255) not null primary key,
    source        varchar(16)  not null check (source in ('platform', 'connect')),
    type          varchar(128) not null,
    account       varchar(255),
    stripe_created timestamptz not null,
    received_at   timestamptz  not null,
    payload       text,
    status        varchar(16)  not null check (status in ('pending', 'processed', 'ignored', 'failed')),
    attempts      integer      not null default 0,
    error         varchar(2000),
    processed_at  timestamptz
);
create index billing_webhook_event_pending on billing_webhook_event (received_at) where status = 'pending';

--changeset coachkeep:0040-billing-connected-account
-- A workspace's Stripe Connect account (one per workspace), its state mirrored from account.updated events. state_at
-- and state_event_id are the (created, id) of the event the mirror reflects: an older event never overwrites a newer one.
create table billing_connected_account (
    workspace_id       uuid         not null references workspace (id) deferrable initially deferred,
    stripe_account_id  varchar(255) not null,
    details_submitted  boolean      not null default false,
    charges_enabled    boolean      not null default false,
    payouts_enabled    boolean      not null default false,
    requirements_due   varchar(4000) not null default '',
    state_at           timestamptz,
    state_event_id     varchar(255),
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    primary key (workspace_id)
);
create index billing_connected_account_by_stripe on billing_connected_account (stripe_account_id, workspace_id);

-- Invoices on a coach's connected account, mirrored from invoice.* events (accounting records: amounts in minor units,
-- Stripe ids, no names or card data).
create table billing_invoice (
    workspace_id           uuid         not null references workspace (id) deferrable initially deferred,
    stripe_invoice_id      varchar(255) not null,
    stripe_account_id      varchar(255) not null,
    stripe_customer_id     varchar(255),
    stripe_subscription_id varchar(255),
    status                 varchar(32)  not null,
    amount_due             bigint       not null,
    amount_paid            bigint       not null,
    currency               varchar(3)   not null,
    attempt_count          integer      not null default 0,
    next_payment_attempt   timestamptz,
    state_at               timestamptz  not null,
    state_event_id         varchar(255) not null,
    primary key (workspace_id, stripe_invoice_id)
);

--changeset coachkeep:0040-billing-account-directory-for-the-worker
--comment: The billing inbox job routes a Connect event to its workspace by the event's Stripe account: it reads billing_connected_account across workspaces as the worker role, SELECT only, under its own setting; it applies the event as the application role under that workspace.
grant select on billing_connected_account to ${worker_role};
create policy billing_accounts on billing_connected_account for select to ${worker_role}
    using ((select current_setting('app.billing_accounts', true)) = 'on');
--rollback drop policy billing_accounts on billing_connected_account;
--rollback revoke select on billing_connected_account from ${worker_role};
