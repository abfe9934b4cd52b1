-- POST .../clients/{c}/notes: one transaction, the tenant setting with the identity epochs (the caller's identity kept), the client, the note (48 bytes of ciphertext
-- standing in for the encrypted body; the encryption itself happens in the server, not in the database).
\set w random(1, :workspaces)
\set c random(1, :clients)
begin;
select coachkeep_enter_workspace(md5('bench-w-' || :w)::uuid, :iss, 'bench-owner-' || :w);
select * from client where workspace_id = md5('bench-w-' || :w)::uuid and id = md5('bench-c-' || :w || '-' || :c)::uuid;
insert into coach_note (workspace_id, id, client_id, author_id, body_ct, created_at)
values (md5('bench-w-' || :w)::uuid, gen_random_uuid(), md5('bench-c-' || :w || '-' || :c)::uuid,
        md5('bench-p-owner-' || :w)::uuid, decode(md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex'), now());
commit;
