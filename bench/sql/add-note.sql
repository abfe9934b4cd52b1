-- POST .../clients/{c}/notes: one transaction, the identity query, the client, the note (48 bytes of ciphertext
-- standing in for the encrypted body; the encryption itself happens in the server, not in the database).
\set w random(1, :workspaces)
\set c random(1, :clients)
begin;
select set_config('app.workspace_id', md5('bench-w-' || :w)::uuid::text, true);
select p.id, p.email, p.email_verified, p.display_name, m.id, m.role, m.custom_role_id, ws.staff_mfa_required,
       ws.suspended_at, ws.deletion_requested_at, r.permissions
  from person p
  left join membership m on m.workspace_id = md5('bench-w-' || :w)::uuid and m.person_id = p.id and m.status = 'ACTIVE'
  left join workspace ws on ws.id = m.workspace_id
  left join custom_role r on r.workspace_id = m.workspace_id and r.id = m.custom_role_id
 where p.issuer = :iss and p.subject = 'bench-owner-' || :w;
select * from client where workspace_id = md5('bench-w-' || :w)::uuid and id = md5('bench-c-' || :w || '-' || :c)::uuid;
insert into coach_note (workspace_id, id, client_id, author_id, body_ct, created_at)
values (md5('bench-w-' || :w)::uuid, gen_random_uuid(), md5('bench-c-' || :w || '-' || :c)::uuid,
        md5('bench-p-owner-' || :w)::uuid, decode(md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex'), now());
commit;
