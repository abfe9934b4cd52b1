--liquibase formatted sql

--changeset coachkeep:0027-workout-logs
--comment: Workout logs and their sets, with client-generated ids (a resend replaces, never duplicates). Notes are encrypted under the client's key (notes_ct). Each set keeps the prescription it answers (target) beside what was done, its load as entered and in kilograms, and the log's date and client, so one indexed query reads an exercise's history, records and weekly volume.
create table workout_log (
    workspace_id     uuid        not null,
    id               uuid        not null,
    client_id        uuid        not null,
    program_id       uuid,
    day_key          uuid,
    performed_on     date        not null,
    duration_seconds integer,
    notes_ct         bytea,
    logged_by        uuid,
    on_behalf        boolean     not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    primary key (workspace_id, id),
    constraint workout_log_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred,
    constraint workout_log_program_fk foreign key (workspace_id, program_id) references assigned_program (workspace_id, id) deferrable initially deferred
);
create index workout_log_client_idx on workout_log (workspace_id, client_id, performed_on desc, id desc);

create table workout_set (
    workspace_id uuid          not null,
    id           uuid          not null,
    log_id       uuid          not null,
    client_id    uuid          not null,
    performed_on date          not null,
    position     integer       not null,
    exercise_id  uuid          not null,
    set_type     varchar(20)   not null,
    reps         integer,
    seconds      integer,
    metres       integer,
    load_amount  numeric(9, 3),
    load_unit    varchar(2),
    load_kg      numeric(10, 4),
    effort_kind  varchar(3),
    effort_value numeric(3, 1),
    done         boolean       not null,
    target       jsonb,
    primary key (workspace_id, id),
    constraint workout_set_log_fk foreign key (workspace_id, log_id) references workout_log (workspace_id, id) deferrable initially deferred
);
create index workout_set_log_idx on workout_set (workspace_id, log_id, position);
create index workout_set_history_idx on workout_set (workspace_id, client_id, exercise_id, performed_on);
--rollback drop table workout_set; drop table workout_log;
