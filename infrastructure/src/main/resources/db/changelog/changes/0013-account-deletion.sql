--liquibase formatted sql

--changeset coachkeep:0013-account-deletion
-- A deleted account keeps its row (records of the businesses point at it: notes they wrote, invitations they sent)
-- but nothing that identifies the person: issuer and subject are replaced, email and name cleared. What stays is
-- when it was deleted and a SHA-256 digest of the former issuer and subject, so the identity provider's tokens
-- issued before the deletion are refused while a later sign-in starts a new, empty account.
alter table person add column deleted_at timestamptz;
alter table person add column identity_digest char(64);
create index person_identity_digest_idx on person (identity_digest) where identity_digest is not null;
--rollback drop index person_identity_digest_idx; alter table person drop column identity_digest; alter table person drop column deleted_at;
