-- GET /api/v1/workspaces/{w}/clients?limit=20: one transaction, the tenant setting with the identity epochs (the caller's identity kept), the first page (21 rows).
\set w random(1, :workspaces)
begin;
select coachkeep_enter_workspace(md5('bench-w-' || :w)::uuid, :iss, 'bench-owner-' || :w);
select * from client where workspace_id = md5('bench-w-' || :w)::uuid order by sort_name, id limit 21;
commit;
