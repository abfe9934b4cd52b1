--liquibase formatted sql

--changeset coachkeep:0002-person
-- Every foreign key in this schema is DEFERRABLE INITIALLY DEFERRED: it is checked at commit, because the JPA
-- provider writes the rows of one transaction in its own order, not in the order the application created them.
-- People are global: one row per identity-provider issuer and subject. No credential of any kind is stored.
create table person (
    id              uuid         not null primary key,
    issuer          varchar(512) not null,
    subject         varchar(255) not null,
    email           varchar(254),
    email_verified  boolean      not null default false,
    display_name    varchar(200),
    created_at      timestamptz  not null,
    constraint person_issuer_subject_uq unique (issuer, subject)
);

--changeset coachkeep:0002-workspace
-- The tenant itself; its id is the workspace_id every tenant table carries.
create table workspace (
    id                      uuid         not null primary key,
    name                    varchar(120) not null,
    timezone                varchar(64)  not null,
    currency                char(3)      not null,
    locale                  varchar(16)  not null,
    brand_color             char(7)      not null,
    coaches_see_all_clients boolean      not null default false,
    owner_id                uuid         not null references person (id) deferrable initially deferred,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0
);

--changeset coachkeep:0002-membership
create table membership (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    id           uuid        not null,
    person_id    uuid        not null references person (id) deferrable initially deferred,
    role         varchar(16) not null check (role in ('OWNER', 'COACH', 'ASSISTANT', 'CLIENT')),
    status       varchar(16) not null check (status in ('ACTIVE', 'REMOVED')),
    created_at   timestamptz not null,
    removed_at   timestamptz,
    primary key (workspace_id, id)
);
create unique index membership_active_person_uq on membership (workspace_id, person_id) where status = 'ACTIVE';
create index membership_person_idx on membership (person_id) where status = 'ACTIVE';
create index membership_staff_idx on membership (workspace_id, created_at, id) where status = 'ACTIVE' and role <> 'CLIENT';

--changeset coachkeep:0002-client
create table client (
    workspace_id      uuid          not null references workspace (id) deferrable initially deferred,
    id                uuid          not null,
    display_name      varchar(120)  not null,
    sort_name         varchar(120)  not null,
    email             varchar(254)  not null,
    person_id         uuid          references person (id) deferrable initially deferred,
    assigned_coach_id uuid,
    tags              varchar(1000) not null default '',
    status            varchar(16)   not null check (status in ('ACTIVE', 'PAUSED', 'ARCHIVED')),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    primary key (workspace_id, id),
    constraint client_email_uq unique (workspace_id, email),
    constraint client_coach_fk foreign key (workspace_id, assigned_coach_id) references membership (workspace_id, id) deferrable initially deferred
);
create unique index client_person_uq on client (workspace_id, person_id) where person_id is not null;
create index client_name_idx on client (workspace_id, sort_name, id);

--changeset coachkeep:0002-invitation
create table invitation (
    workspace_id uuid         not null references workspace (id) deferrable initially deferred,
    id           uuid         not null,
    email        varchar(254) not null,
    role         varchar(16)  not null check (role in ('COACH', 'ASSISTANT', 'CLIENT')),
    token_hash   char(64)     not null,
    client_id    uuid,
    invited_by   uuid         not null references person (id) deferrable initially deferred,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    status       varchar(16)  not null check (status in ('PENDING', 'ACCEPTED', 'REVOKED')),
    accepted_by  uuid         references person (id) deferrable initially deferred,
    accepted_at  timestamptz,
    primary key (workspace_id, id),
    constraint invitation_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);
-- Not unique across workspaces on purpose (a distributed schema cannot enforce it); 256-bit secrets do not collide.
create index invitation_token_idx on invitation (token_hash);
create unique index invitation_pending_email_uq on invitation (workspace_id, email) where status = 'PENDING';
create index invitation_pending_idx on invitation (workspace_id, created_at desc, id desc) where status = 'PENDING';

--changeset coachkeep:0002-coach-note
create table coach_note (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    id           uuid        not null,
    client_id    uuid        not null,
    author_id    uuid        not null references person (id) deferrable initially deferred,
    body         text        not null,
    created_at   timestamptz not null,
    primary key (workspace_id, id),
    constraint coach_note_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);
create index coach_note_client_idx on coach_note (workspace_id, client_id, created_at desc, id desc);

--changeset coachkeep:0002-idempotency
-- Remembered results of creating requests, so a retry with the same Idempotency-Key returns the first result.
-- Scoped by the calling person, not by workspace; rows expire after 24 hours.
create table idempotency_record (
    scope         varchar(64)   not null,
    idem_key      varchar(255)  not null,
    request_hash  char(64)      not null,
    status_code   integer,
    location      varchar(1000),
    etag          varchar(100),
    body          text,
    created_at    timestamptz   not null,
    primary key (scope, idem_key)
);
create index idempotency_created_idx on idempotency_record (created_at);
