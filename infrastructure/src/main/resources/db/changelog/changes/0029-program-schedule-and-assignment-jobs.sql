--liquibase formatted sql

--changeset coachkeep:0029-program-schedule
--comment: A client's program runs on the calendar (week 1, day 1 is the start date) or as a sequence (the next training day appears once the last is logged). How far a sequence has come is read from its logs' day keys, by program.
alter table assigned_program add column schedule varchar(10) not null default 'calendar';
alter table assigned_program add constraint assigned_program_schedule_check check (schedule in ('calendar', 'sequence'));
create index workout_log_program_idx on workout_log (workspace_id, program_id, day_key) where program_id is not null;
--rollback drop index workout_log_program_idx; alter table assigned_program drop constraint assigned_program_schedule_check; alter table assigned_program drop column schedule;

--changeset coachkeep:0029-program-assignment-jobs
--comment: Assigning a template version to many clients as a job: the clients in the order given, how many were dealt with, the failures with their reasons. Rows are worked on one batch at a time (the row is locked for the batch); updated_at is the heartbeat a reader uses to tell an interrupted job.
create table program_assignment_job (
    workspace_id     uuid        not null,
    id               uuid        not null,
    template_id      uuid        not null,
    template_version integer     not null,
    start_date       date        not null,
    schedule         varchar(10) not null,
    client_ids       uuid[]      not null,
    requested_by     uuid,
    created_at       timestamptz not null,
    processed        integer     not null,
    assigned         integer     not null,
    failures         jsonb       not null,
    state            varchar(12) not null,
    updated_at       timestamptz not null,
    finished_at      timestamptz,
    primary key (workspace_id, id),
    constraint program_assignment_job_template_fk foreign key (workspace_id, template_id) references program_template (workspace_id, id) deferrable initially deferred,
    constraint program_assignment_job_state_check check (state in ('queued', 'running', 'done'))
);
--rollback drop table program_assignment_job;
