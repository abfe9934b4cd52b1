--liquibase formatted sql

--changeset coachkeep:0035-messaging
-- Messaging (docs/messaging.md): one conversation per client with the client's coaching team. Every table is the
-- client's data: erased with the client and exported to them. Message text is stored only encrypted under the client's
-- key (text_ct). People (authors, readers) are plain ids without a foreign key: a person who deletes their account
-- leaves the client's conversation intact.

-- The conversation: its event counter (every message sent, edited or deleted takes the next number; live listeners
-- resume from it) and how many messages each side has sent (unread counts subtract a reader's pointer from these).
create table conversation (
    workspace_id    uuid        not null references workspace (id) deferrable initially deferred,
    client_id       uuid        not null,
    last_event_seq  bigint      not null default 0,
    client_messages bigint      not null default 0,
    staff_messages  bigint      not null default 0,
    last_message_at timestamptz,
    created_at      timestamptz not null,
    primary key (workspace_id, client_id),
    constraint conversation_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);
create index conversation_recent_idx on conversation (workspace_id, last_message_at desc);

-- A message; its id is chosen by the sender's app (PUT), so a resend never duplicates. side_ordinal: the how-manyth
-- message of its side (client or staff) it is, so a read pointer knows how many of the other side's it covers.
-- A deleted message keeps its row without text or reference (a tombstone).
create table message (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    id           uuid        not null,
    client_id    uuid        not null,
    seq          bigint      not null,
    event_seq    bigint      not null,
    author_id    uuid        not null,
    from_staff   boolean     not null,
    side_ordinal bigint      not null,
    text_ct      bytea,
    about_type   varchar(32) check (about_type in ('workout-log', 'nutrition-log')),
    about_id     uuid,
    sent_at      timestamptz not null,
    edited_at    timestamptz,
    deleted_at   timestamptz,
    primary key (workspace_id, id),
    constraint message_seq_uq unique (workspace_id, client_id, seq),
    constraint message_about_ck check ((about_type is null) = (about_id is null)),
    constraint message_conversation_fk foreign key (workspace_id, client_id) references conversation (workspace_id, client_id)
        deferrable initially deferred
);
create unique index message_event_idx on message (workspace_id, client_id, event_seq);
create index message_side_idx on message (workspace_id, client_id, from_staff, seq desc) include (side_ordinal);

-- How far each participant has read: up to the message of read_seq, which covered read_other messages of the other side.
create table message_read (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    client_id    uuid        not null,
    person_id    uuid        not null,
    staff        boolean     not null,
    read_seq     bigint      not null,
    read_other   bigint      not null,
    read_at      timestamptz not null,
    primary key (workspace_id, client_id, person_id),
    constraint message_read_conversation_fk foreign key (workspace_id, client_id) references conversation (workspace_id, client_id)
        deferrable initially deferred
);
create index message_read_person_idx on message_read (workspace_id, person_id);
