--liquibase formatted sql

--changeset coachkeep:0046-checkin-reminders
-- Check-in reminders and overdue notices (docs/checkins.md#reminders-and-overdue-notices): one row per notice sent for
-- an occurrence of a schedule (its day in the client's calendar), unique per occurrence and kind, so each is sent at most
-- once; written in the transaction that queues the email. The schedule is a plain id (a schedule that ends leaves its
-- rows). The client's data: erased with the client and in their export.
create table checkin_reminder (
    workspace_id  uuid        not null references workspace (id) deferrable initially deferred,
    id            uuid        not null,
    client_id     uuid        not null,
    schedule_id   uuid        not null,
    occurrence_on date        not null,
    kind          varchar(8)  not null check (kind in ('REMINDER', 'OVERDUE')),
    sent_at       timestamptz not null,
    primary key (workspace_id, id),
    constraint checkin_reminder_occurrence_uq unique (workspace_id, schedule_id, occurrence_on, kind),
    constraint checkin_reminder_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);
create index checkin_reminder_client_idx on checkin_reminder (workspace_id, client_id, sent_at);

--changeset coachkeep:0046-checkin-reminders-scan
--comment: The reminder job finds the workspaces with schedules as the worker role (SELECT only, with its own setting); each workspace's reminders are then made under its own workspace as the application role.
grant select on checkin_schedule to ${worker_role};
create policy checkin_reminders on checkin_schedule for select to ${worker_role}
    using ((select current_setting('app.checkin_reminders', true)) = 'on');
--rollback drop policy checkin_reminders on checkin_schedule;
--rollback revoke select on checkin_schedule from ${worker_role};
