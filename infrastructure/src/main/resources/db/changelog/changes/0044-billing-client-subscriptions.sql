--liquibase formatted sql

--changeset coachkeep:0044-billing-subscription
-- Clients' subscriptions on the coach's account (docs/billing.md#client-subscriptions-and-payment-aware-access),
-- mirrored from customer.subscription.* events, with their payment standing fed by invoice events: failing since the
-- first failed renewal attempt, settled by a payment. Each part keeps the (created, event id) of the event it comes from
-- (never moved backwards). No client id: the client's checkout (billing_checkout.stripe_subscription_id) links them, and
-- erasing the client deletes that link, so what stays is the workspace's pseudonymous accounting record.
create table billing_subscription (
    workspace_id             uuid         not null references workspace (id) deferrable initially deferred,
    stripe_subscription_id   varchar(255) not null,
    stripe_account_id        varchar(255),
    stripe_customer_id       varchar(255),
    status                   varchar(32),
    stripe_price_id          varchar(255),
    current_period_end       timestamptz,
    cancel_at_period_end     boolean      not null default false,
    pause_behavior           varchar(32),
    pause_resumes_at         timestamptz,
    paused_since             timestamptz,
    state_at                 timestamptz,
    state_event_id           varchar(255),
    failing_since            timestamptz,
    failing_invoice_id       varchar(255),
    next_retry_at            timestamptz,
    standing_at              timestamptz,
    standing_event_id        varchar(255),
    primary key (workspace_id, stripe_subscription_id)
);
create index billing_subscription_failing on billing_subscription (workspace_id, failing_since) where failing_since is not null;
create index billing_checkout_subscription on billing_checkout (workspace_id, stripe_subscription_id);
--rollback drop index billing_checkout_subscription; drop table billing_subscription;

--changeset coachkeep:0044-billing-access-settings
-- The grace period a coach gives a client after a failed renewal before their program and check-ins pause.
create table billing_access_settings (
    workspace_id       uuid        not null references workspace (id) deferrable initially deferred,
    grace_period_days  integer     not null check (grace_period_days between 0 and 60),
    updated_at         timestamptz not null,
    primary key (workspace_id)
);
--rollback drop table billing_access_settings;
