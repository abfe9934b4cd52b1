--liquibase formatted sql

--changeset coachkeep:0012-sub-processor-announcement
-- Announcements of material changes of the sub-processor list (P-SUB-1), sent to every coach in batches by a job:
-- the cursor is the last person queued (people in id order), done_at is set when every coach was queued. Platform
-- data (no workspace).
create table sub_processor_announcement (
    id           uuid          not null primary key,
    change       varchar(16)   not null check (change in ('added', 'changed')),
    service      varchar(200)  not null,
    purpose      varchar(200)  not null,
    region       varchar(200)  not null,
    effective_at timestamptz   not null,
    cursor_id    uuid,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    done_at      timestamptz
);
create index sub_processor_announcement_pending_idx on sub_processor_announcement (created_at) where done_at is null;

--changeset coachkeep:0012-coach-directory-policy
-- The announcement job lists every coach (active owners and coaches of any workspace) to email them, which reads
-- memberships across workspaces. Its transactions set app.coach_directory = on (transaction-local); this policy
-- admits that setting to READ memberships only, never to change them. Nothing else sets it.
create policy coach_directory on membership for select
    using (current_setting('app.coach_directory', true) = 'on');
