--liquibase formatted sql

--changeset coachkeep:0036-scheduled-messages
-- Messages scheduled to be sent later (docs/messaging.md): held here, text encrypted under the client's key, until the
-- scheduler sends them into the conversation (under the same id) and deletes the row. The client's data: erased with the
-- client and exported to them.
create table scheduled_message (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    id           uuid        not null,
    client_id    uuid        not null,
    author_id    uuid        not null,
    from_staff   boolean     not null,
    text_ct      bytea       not null,
    about_type   varchar(32) check (about_type in ('workout-log', 'nutrition-log')),
    about_id     uuid,
    send_at      timestamptz not null,
    created_at   timestamptz not null,
    primary key (workspace_id, id),
    constraint scheduled_message_about_ck check ((about_type is null) = (about_id is null)),
    constraint scheduled_message_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id)
        deferrable initially deferred
);
create index scheduled_message_client_idx on scheduled_message (workspace_id, client_id, send_at);
-- the scheduler's scan across workspaces: what is due, oldest first
create index scheduled_message_due_idx on scheduled_message (send_at, workspace_id, id);

--changeset coachkeep:0036-scheduled-messages-scheduler
--comment: The scheduler finds due messages across workspaces as the worker role (SELECT only, with its setting); it sends each under the row's own workspace as the application role, like every request.
grant select on scheduled_message to ${worker_role};
create policy messaging_scheduler on scheduled_message for select to ${worker_role}
    using ((select current_setting('app.messaging_scheduler', true)) = 'on');
--rollback drop policy messaging_scheduler on scheduled_message;
--rollback revoke select on scheduled_message from ${worker_role};
