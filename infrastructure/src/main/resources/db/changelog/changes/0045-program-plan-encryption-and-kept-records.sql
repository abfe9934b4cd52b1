--liquibase formatted sql

--changeset coachkeep:0045-assigned-program-plan-ciphertext
--comment: A client's program is the template's plan as adjusted for that client: a coach's adjustment can hold free text about the client (notes on an exercise or a set). The plan is encrypted under the client's field key (plan_ct, the same JSON document as Tink AEAD output, bound to the row). plan keeps plaintext only for rows written before this change, until the start-up step encrypts them and clears it. Templates stay plaintext: they are the workspace's library, about no client.
alter table assigned_program alter column plan drop not null;
alter table assigned_program add column plan_ct bytea;
alter table assigned_program add constraint assigned_program_plan_present check (plan is not null or plan_ct is not null);
--rollback alter table assigned_program drop constraint assigned_program_plan_present; alter table assigned_program drop column plan_ct;

--changeset coachkeep:0045-assigned-program-encryption-policy
--comment: The start-up step that encrypts plans stored in plaintext finds them across workspaces as the worker role, SELECT only, under app.field_encryption (the same setting as coach notes), and sees only the rows still holding plaintext; it encrypts each as the application role under the row's own workspace.
grant select on assigned_program to ${worker_role};
create policy field_encryption on assigned_program for select to ${worker_role}
    using (plan is not null and (select current_setting('app.field_encryption', true)) = 'on');
--rollback drop policy field_encryption on assigned_program;
--rollback revoke select on assigned_program from ${worker_role};

--changeset coachkeep:0045-workout-records
--comment: A client's standing records, kept so that reading them costs the same after two years of logs as after two weeks: per exercise, the heaviest load for each rep count (reps >= 1) and the best estimated one-rep max (reps = 0), with the day each was first reached. Written with a log (the records of the exercises it and the log it replaces name, recomputed from their history under the client's advisory lock); a client whose sets were written before has none kept until their next read or write computes them once. Derived from the client's sets: erased and exported with them.
create table workout_record (
    workspace_id uuid          not null,
    client_id    uuid          not null,
    exercise_id  uuid          not null,
    reps         integer       not null check (reps >= 0),
    kilograms    numeric       not null check (kilograms > 0),
    performed_on date          not null,
    primary key (workspace_id, client_id, exercise_id, reps),
    constraint workout_record_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);
-- Whether a client has any set that can hold a record, in one probe (the predicate of PersonalRecord, and of
-- JpaWorkoutLogRepository.RECORD_SET).
create index workout_set_record_idx on workout_set (workspace_id, client_id)
    where done and reps >= 1 and load_kg > 0 and set_type <> 'WARM_UP';
--rollback drop index workout_set_record_idx; drop table workout_record;
