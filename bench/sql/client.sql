-- GET /api/v1/workspaces/{w}/clients/{c} as the server runs it: one transaction, the tenant setting with the identity
-- epochs (a warm server keeps the caller's identity: no identity read), the client. Run as the application role.
\set w random(1, :workspaces)
\set c random(1, :clients)
begin;
select coachkeep_enter_workspace(md5('bench-w-' || :w)::uuid, :iss, 'bench-owner-' || :w);
select * from client where workspace_id = md5('bench-w-' || :w)::uuid and id = md5('bench-c-' || :w || '-' || :c)::uuid;
commit;
