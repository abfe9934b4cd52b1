--liquibase formatted sql

--changeset coachkeep:0018-rate-limit-bucket
--comment: The API's rate-limit buckets (Bucket4j's PostgreSQL back end), shared by every server node so that a limit holds across them. Platform data, no workspace_id and so no row-level security: a row is a token bucket keyed by the SHA-256 of what it limits (a person, a workspace, a client address, with the limit's name), never the thing itself; state is Bucket4j's serialized bucket; expires_at (epoch milliseconds) is when a full bucket may be forgotten, and the application removes expired rows in small batches. Unlogged: a bucket is counted on every request, and writing each change to the write-ahead log and waiting for its flush would cost more than the request; after a crash (or on a promoted standby) the buckets start full again, which only forgives what was counted. The application role reads and writes rows (the schema's default privileges, 0001); it owns nothing.
create unlogged table rate_limit_bucket (
    id         varchar(64) not null primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
grant select, insert, update, delete on rate_limit_bucket to ${app_role};
--rollback drop table rate_limit_bucket;

--changeset coachkeep:0018-abuse-flag
--comment: Abuse flags: a rate limit of the API was crossed by a person, a workspace or a client address (brute force, enumeration, mass export). Platform data for security officers, without workspace_id, like security reports; one open flag per limit and subject (later crossings count on it) until an officer acknowledges it with a reason. The subject is an internal id or a client address, never a name, an email or content.
create table abuse_flag (
    id              uuid         not null primary key,
    limit_name      varchar(40)  not null,
    subject_kind    varchar(16)  not null check (subject_kind in ('PERSON', 'WORKSPACE', 'ADDRESS')),
    subject         varchar(100) not null,
    operation       varchar(300) not null,
    raised_at       timestamptz  not null,
    last_seen_at    timestamptz  not null,
    crossings       integer      not null check (crossings >= 1),
    state           varchar(16)  not null check (state in ('OPEN', 'ACKNOWLEDGED')),
    acknowledged_at timestamptz,
    acknowledged_by varchar(200),
    reason          varchar(2000)
);
create unique index abuse_flag_open_uq on abuse_flag (limit_name, subject_kind, subject) where state = 'OPEN';
create index abuse_flag_state_idx on abuse_flag (state, raised_at);
revoke delete on abuse_flag from ${app_role};
--rollback drop table abuse_flag;
