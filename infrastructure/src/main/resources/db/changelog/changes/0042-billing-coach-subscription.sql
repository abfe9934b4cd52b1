--liquibase formatted sql

--changeset coachkeep:0042-billing-coach-checkout
-- The owner's checkouts of Coachkeep plans (docs/billing.md#the-coachs-own-subscription): Stripe Checkout sessions in
-- subscription mode on the platform's own account. The workspace id and the checkout's id go to Stripe as the
-- session's client reference and metadata, which is how the platform's events find the workspace. The workspace's
-- own business records (no client, no card data): exported and erased with the workspace.
create table billing_coach_checkout (
    workspace_id           uuid         not null references workspace (id) deferrable initially deferred,
    id                     uuid         not null,
    plan_key               varchar(40)  not null,
    stripe_session_id      varchar(255) not null,
    status                 varchar(16)  not null check (status in ('open', 'complete', 'expired')),
    stripe_customer_id     varchar(255),
    stripe_subscription_id varchar(255),
    created_at             timestamptz  not null,
    state_at               timestamptz,
    state_event_id         varchar(255),
    primary key (workspace_id, id)
);
create index billing_coach_checkout_recent on billing_coach_checkout (workspace_id, created_at desc);

--changeset coachkeep:0042-billing-coach-subscription
-- The workspace's subscriptions to Coachkeep (Stripe Billing on the platform account), one row per Stripe subscription,
-- mirrored from customer.subscription.* events; state_at and state_event_id are the (created, id) of the event the row
-- reflects, so an older event never overwrites a newer one. A row made by a completed checkout before its subscription
-- events has no state event yet (status incomplete). Its plan decides how many active clients the workspace may have.
create table billing_coach_subscription (
    workspace_id           uuid         not null references workspace (id) deferrable initially deferred,
    stripe_subscription_id varchar(255) not null,
    stripe_customer_id     varchar(255),
    plan_key               varchar(40),
    stripe_price_id        varchar(255),
    status                 varchar(32)  not null,
    current_period_end     timestamptz,
    cancel_at_period_end   boolean      not null default false,
    canceled_at            timestamptz,
    stripe_created         timestamptz,
    state_at               timestamptz,
    state_event_id         varchar(255),
    primary key (workspace_id, stripe_subscription_id)
);
