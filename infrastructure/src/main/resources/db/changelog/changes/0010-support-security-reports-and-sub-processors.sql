--liquibase formatted sql

--changeset coachkeep:0010-security-report
-- Vulnerability reports sent through the public report endpoint (P-DIS-1). Platform data: no workspace, so no
-- row-level security; only the support console's use cases (security officers) read it. The acknowledgement target
-- (two business days) is computed by the domain from received_at; acknowledged_at records when it was met.
create table security_report (
    id              uuid           not null primary key,
    received_at     timestamptz    not null,
    summary         varchar(200)   not null,
    details         text           not null check (length(details) <= 20000),
    reporter_email  varchar(254),
    affected_url    varchar(2000),
    state           varchar(16)    not null check (state in ('NEW', 'ACKNOWLEDGED', 'TRIAGED', 'FIXED', 'CLOSED')),
    acknowledged_at timestamptz,
    updated_at      timestamptz    not null
);
create index security_report_state_idx on security_report (state, received_at);

--changeset coachkeep:0010-sub-processor
-- The public list of sub-processors (P-SUB-1): platform data, published to anyone. Retired entries stay for the
-- record (retired_at set) and leave the public list.
create table sub_processor (
    id              uuid          not null primary key,
    service         varchar(200)  not null,
    purpose         varchar(200)  not null,
    region          varchar(200)  not null,
    data_categories varchar(200),
    since           date          not null,
    retired_at      timestamptz,
    updated_at      timestamptz   not null
);

--changeset coachkeep:0010-sub-processor-seed
-- The services that process personal data for Coachkeep today. Deployments that use other providers change the
-- list through the support console (each change audited and announced), not by editing this file.
insert into sub_processor (id, service, purpose, region, data_categories, since, updated_at) values
    ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d01', 'Cloud hosting provider', 'Hosting of the application, its database, backups and stored files',
     'European Union', 'All customer data, encrypted at rest', date '2026-11-01', timestamptz '2026-11-01 00:00:00+00'),
    ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d02', 'Stripe', 'Payment processing: coaches'' subscriptions and their clients'' payments',
     'United States, European Union', 'Names, email addresses, payment details', date '2026-11-01', timestamptz '2026-11-01 00:00:00+00'),
    ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d03', 'Email delivery provider', 'Sending transactional email (invitations, notices)',
     'European Union', 'Names, email addresses, email content', date '2026-11-01', timestamptz '2026-11-01 00:00:00+00');
