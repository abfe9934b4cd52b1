--liquibase formatted sql

--changeset coachkeep:0037-announcements
-- Announcements (docs/messaging.md): one message written to many clients (a segment by tag or status), sent as an
-- individual message in each client's conversation by a background job, with its progress. The template is the
-- workspace's text, encrypted under the workspace's key; a recipient row is the client's (erased with the client).
create table announcement (
    workspace_id   uuid        not null references workspace (id) deferrable initially deferred,
    id             uuid        not null,
    author_id      uuid        not null,
    text_ct        bytea       not null,
    segment_tag    varchar(40),
    segment_status varchar(16) check (segment_status in ('ACTIVE', 'PAUSED', 'ARCHIVED')),
    total          integer     not null,
    sent           integer     not null default 0,
    skipped        integer     not null default 0,
    status         varchar(16) not null check (status in ('RUNNING', 'DONE')),
    created_at     timestamptz not null,
    finished_at    timestamptz,
    primary key (workspace_id, id)
);
-- the job's scan across workspaces: announcements still running
create index announcement_running_idx on announcement (created_at, workspace_id, id) where status = 'RUNNING';

create table announcement_recipient (
    workspace_id    uuid       not null references workspace (id) deferrable initially deferred,
    announcement_id uuid       not null,
    client_id       uuid       not null,
    position        integer    not null,
    status          varchar(8) not null check (status in ('PENDING', 'SENT', 'SKIPPED')),
    primary key (workspace_id, announcement_id, client_id),
    constraint announcement_recipient_announcement_fk foreign key (workspace_id, announcement_id)
        references announcement (workspace_id, id) deferrable initially deferred,
    constraint announcement_recipient_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id)
        deferrable initially deferred
);
create index announcement_recipient_pending_idx on announcement_recipient (workspace_id, announcement_id, position) where status = 'PENDING';
create index announcement_recipient_client_idx on announcement_recipient (workspace_id, client_id);

--changeset coachkeep:0037-announcements-job
--comment: The announcements job finds running announcements across workspaces as the worker role (SELECT only, with the messaging scheduler's setting); it sends each batch under the announcement's own workspace as the application role.
grant select on announcement to ${worker_role};
create policy messaging_scheduler on announcement for select to ${worker_role}
    using ((select current_setting('app.messaging_scheduler', true)) = 'on');
--rollback drop policy messaging_scheduler on announcement;
--rollback revoke select on announcement from ${worker_role};

--changeset coachkeep:0037-office-hours
-- The workspace's office hours for messaging: a client writing outside them gets one automatic reply saying when to
-- expect an answer. Workspace settings, no personal data.
create table messaging_settings (
    workspace_id uuid          not null references workspace (id) deferrable initially deferred,
    time_zone    varchar(64)   not null,
    hours        varchar(400)  not null,
    auto_reply   boolean       not null,
    -- how long a message may stay unread before its reader gets the digest email (workspaces without a row: 60)
    email_unread_after_minutes integer not null default 60 check (email_unread_after_minutes between 0 and 10080),
    updated_at   timestamptz   not null,
    version      bigint        not null default 0,
    primary key (workspace_id)
);

--changeset coachkeep:0037-unread-message-digests
-- The unread-message digest (docs/messaging.md): a person with messages unread for the workspace's set time gets one
-- email listing their conversations with unread messages, through the outbox (an optional email: their notification
-- preferences apply), never one email per message. This row remembers up to which message a person was told about a
-- conversation, so the same unread messages are never told twice. The client's data: erased with the client.
create table message_digest (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    client_id    uuid        not null,
    person_id    uuid        not null,
    digested_seq bigint      not null,
    sent_at      timestamptz not null,
    primary key (workspace_id, client_id, person_id),
    constraint message_digest_conversation_fk foreign key (workspace_id, client_id) references conversation (workspace_id, client_id)
        deferrable initially deferred
);

--changeset coachkeep:0037-unread-message-digests-scan
--comment: The digest job finds workspaces with recent conversations as the worker role (SELECT only, with the messaging scheduler's setting); each workspace's digests are then made under its own workspace as the application role.
create index conversation_digest_idx on conversation (last_message_at, workspace_id);
grant select on conversation to ${worker_role};
create policy messaging_scheduler on conversation for select to ${worker_role}
    using ((select current_setting('app.messaging_scheduler', true)) = 'on');
--rollback drop policy messaging_scheduler on conversation;
--rollback revoke select on conversation from ${worker_role};
--rollback drop index conversation_digest_idx;
