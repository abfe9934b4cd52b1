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
