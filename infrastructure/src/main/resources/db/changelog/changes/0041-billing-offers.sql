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

--changeset coachkeep:0041-billing-checkout
-- A client's checkout of an offer: a Stripe Checkout session on the coach's account (the page where the client pays;
-- card data never reaches Coachkeep), its outcome mirrored from checkout.session.* events: the Stripe customer and
-- subscription it made. The link between a client and their Stripe records: erased with the client (the invoices stay,
-- naming only Stripe's ids), exported to the client and with the workspace.
create table billing_checkout (
    workspace_id           uuid         not null references workspace (id) deferrable initially deferred,
    id                     uuid         not null,
    client_id              uuid         not null,
    offer_id               uuid         not null,
    stripe_session_id      varchar(255) not null,
    url                    varchar(2000) not null,
    status                 varchar(16)  not null check (status in ('open', 'complete', 'expired')),
    stripe_customer_id     varchar(255),
    stripe_subscription_id varchar(255),
    created_at             timestamptz  not null,
    state_at               timestamptz,
    state_event_id         varchar(255),
    primary key (workspace_id, id),
    constraint billing_checkout_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred,
    constraint billing_checkout_offer_fk foreign key (workspace_id, offer_id) references billing_offer (workspace_id, id) deferrable initially deferred
);
create index billing_checkout_session on billing_checkout (workspace_id, stripe_session_id);
create index billing_checkout_client on billing_checkout (workspace_id, client_id);
