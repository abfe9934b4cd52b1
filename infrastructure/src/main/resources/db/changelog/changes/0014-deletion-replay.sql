--liquibase formatted sql

--changeset coachkeep:0014-tombstone-deletion-replay
--comment: After a restore, every deletion is replayed at start-up (docs/operations/backups.md): that step reads the tombstones of every workspace. A transaction marked app.deletion_replay = on sees them, read only; writing a tombstone still needs the workspace's own setting (tenant_isolation). Dropped first: development databases of the branch that introduced it may hold it under an earlier changeset id.
drop policy if exists deletion_replay on keystore.tombstone;
create policy deletion_replay on keystore.tombstone for select
    using (current_setting('app.deletion_replay', true) = 'on');
--rollback drop policy deletion_replay on keystore.tombstone;
