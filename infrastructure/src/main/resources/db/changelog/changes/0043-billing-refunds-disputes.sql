--liquibase formatted sql

--changeset coachkeep:0043-billing-charges
-- Payments (Stripe charges) on a coach's connected account, mirrored from charge.* events (docs/billing.md#refunds):
-- accounting records, amounts in minor units, Stripe ids only (no names, no card data). amount_refunded is what Stripe
-- reports refunded; state_at/state_event_id are the (created, id) of the event the row reflects: never moved backwards.
create table billing_charge (
    workspace_id             uuid         not null references workspace (id) deferrable initially deferred,
    stripe_charge_id         varchar(255) not null,
    stripe_account_id        varchar(255) not null,
    stripe_customer_id       varchar(255),
    stripe_payment_intent_id varchar(255),
    status                   varchar(32)  not null,
    amount                   bigint       not null,
    amount_captured          bigint       not null,
    amount_refunded          bigint       not null,
    currency                 varchar(3)   not null,
    disputed                 boolean      not null default false,
    charged_at               timestamptz,
    state_at                 timestamptz  not null,
    state_event_id           varchar(255) not null,
    primary key (workspace_id, stripe_charge_id)
);
create index billing_charge_recent on billing_charge (workspace_id, charged_at desc);
create index billing_charge_customer on billing_charge (workspace_id, stripe_customer_id);

--changeset coachkeep:0043-billing-refunds
-- Refunds of charges on a coach's connected account, mirrored from refund.* events (made through Coachkeep or in the
-- coach's Stripe dashboard): accounting records naming Stripe ids only.
create table billing_refund (
    workspace_id             uuid         not null references workspace (id) deferrable initially deferred,
    stripe_refund_id         varchar(255) not null,
    stripe_account_id        varchar(255) not null,
    stripe_charge_id         varchar(255),
    stripe_payment_intent_id varchar(255),
    status                   varchar(32)  not null,
    amount                   bigint       not null,
    currency                 varchar(3)   not null,
    reason                   varchar(64),
    failure_reason           varchar(64),
    refunded_at              timestamptz,
    state_at                 timestamptz  not null,
    state_event_id           varchar(255) not null,
    primary key (workspace_id, stripe_refund_id)
);
create index billing_refund_recent on billing_refund (workspace_id, refunded_at desc);

--changeset coachkeep:0043-billing-disputes
-- Disputes (chargebacks) of charges on a coach's connected account, mirrored from charge.dispute.* events: amount,
-- Stripe's reason and status, and the evidence deadline (the coach answers in their Stripe dashboard). Stripe ids only.
create table billing_dispute (
    workspace_id             uuid         not null references workspace (id) deferrable initially deferred,
    stripe_dispute_id        varchar(255) not null,
    stripe_account_id        varchar(255) not null,
    stripe_charge_id         varchar(255),
    stripe_payment_intent_id varchar(255),
    status                   varchar(32)  not null,
    amount                   bigint       not null,
    currency                 varchar(3)   not null,
    reason                   varchar(64),
    evidence_due_by          timestamptz,
    disputed_at              timestamptz,
    state_at                 timestamptz  not null,
    state_event_id           varchar(255) not null,
    primary key (workspace_id, stripe_dispute_id)
);
create index billing_dispute_due on billing_dispute (workspace_id, evidence_due_by);

--changeset coachkeep:0043-billing-invoice-tax
-- The tax Stripe Tax computed on an invoice (the sum of its total_taxes), mirrored as reported: Coachkeep never
-- computes tax itself.
alter table billing_invoice add column tax bigint not null default 0;

--changeset coachkeep:0043-billing-inbox-attempts
-- An event whose application threw is tried again after a back-off (next_attempt_at) and, after the configured number
-- of attempts, kept as failed with the error: it never holds the events behind it.
alter table billing_webhook_event add column next_attempt_at timestamptz;
