-- GET .../clients/{c}/conversation/messages?limit=50 as the server runs it: one transaction, the tenant setting with
-- the identity epochs (the caller's identity kept), the client (the roster's visibility read), the newest 50 messages by the keyset index, and the two
-- one-row probes for an older and a newer page. The client is 1 or 2 of a workspace: the ones with 2,000 messages. Run
-- as the application role.
\set w random(1, :workspaces)
\set c random(1, 2)
begin;
select coachkeep_enter_workspace(md5('bench-w-' || :w)::uuid, :iss, 'bench-owner-' || :w);
select * from client where workspace_id = md5('bench-w-' || :w)::uuid and id = md5('bench-c-' || :w || '-' || :c)::uuid;
select id, client_id, seq, event_seq, author_id, from_staff, text_ct, about_type, about_id, sent_at, edited_at, deleted_at
  from message where workspace_id = md5('bench-w-' || :w)::uuid and client_id = md5('bench-c-' || :w || '-' || :c)::uuid
 order by seq desc limit 50;
select id from message where workspace_id = md5('bench-w-' || :w)::uuid and client_id = md5('bench-c-' || :w || '-' || :c)::uuid
   and seq < 1951 order by seq desc limit 1;
select id from message where workspace_id = md5('bench-w-' || :w)::uuid and client_id = md5('bench-c-' || :w || '-' || :c)::uuid
   and seq > 2000 order by seq limit 1;
commit;
