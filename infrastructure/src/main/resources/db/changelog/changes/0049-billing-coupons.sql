--liquibase formatted sql

--changeset coachkeep:0049-billing-coupons
-- The coach's coupons and promotion codes (docs/billing.md#coupons-and-promotion-codes), each a coupon (and, with a
-- customer-facing code, a promotion code) on the coach's own Stripe account. A percentage or an amount in minor units
-- of the currency. The coach's own content, naming no client: erased with the workspace, exported with it.
create table billing_coupon (
    workspace_id             uuid         not null references workspace (id) deferrable initially deferred,
    id                       uuid         not null,
    name                     varchar(40)  not null,
    percent_off              integer      check (percent_off between 1 and 100),
    amount_off               bigint       check (amount_off > 0),
    currency                 varchar(3),
    duration                 varchar(16)  not null check (duration in ('ONCE', 'REPEATING', 'FOREVER')),
    duration_in_months       integer      check (duration_in_months between 1 and 36),
    max_redemptions          bigint       check (max_redemptions > 0),
    redeem_by                timestamptz,
    code                     varchar(40)  check (code ~ '^[A-Z0-9_-]{3,40}$'),
    stripe_coupon_id         varchar(255) not null,
    stripe_promotion_code_id varchar(255),
    active                   boolean      not null,
    created_at               timestamptz  not null,
    deactivated_at           timestamptz,
    primary key (workspace_id, id),
    constraint billing_coupon_discount_ck check ((percent_off is null) <> (amount_off is null) and (amount_off is null) = (currency is null)),
    constraint billing_coupon_months_ck check ((duration = 'REPEATING') = (duration_in_months is not null)),
    constraint billing_coupon_code_ck check ((code is null) = (stripe_promotion_code_id is null)),
    constraint billing_coupon_active_ck check (active = (deactivated_at is null))
);
create index billing_coupon_recent on billing_coupon (workspace_id, created_at desc);
