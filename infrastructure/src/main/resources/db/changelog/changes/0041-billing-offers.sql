--liquibase formatted sql

--changeset coachkeep:0041-billing-offers
-- The packages a coach sells (docs/billing.md#offers), each a product and prices on the coach's own Stripe account.
-- Amounts in minor units of the currency. The coach's own content: erased with the workspace, exported with it.
create table billing_offer (
    workspace_id           uuid         not null references workspace (id) deferrable initially deferred,
    id                     uuid         not null,
    name                   varchar(120) not null,
    billing_interval       varchar(16)  not null check (billing_interval in ('ONE_TIME', 'WEEK', 'MONTH', 'YEAR')),
    amount                 bigint       not null check (amount > 0),
    currency               varchar(3)   not null,
    trial_days             integer      check (trial_days between 1 and 730),
    setup_fee              bigint       check (setup_fee > 0),
    stripe_product_id      varchar(255) not null,
    stripe_price_id        varchar(255) not null,
    stripe_setup_price_id  varchar(255),
    created_at             timestamptz  not null,
    primary key (workspace_id, id)
);
create index billing_offer_recent on billing_offer (workspace_id, created_at desc);
