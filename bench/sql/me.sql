-- GET /api/v1/me: the person, their active memberships (under app.person_id), each workspace.
\set w random(1, :workspaces)
begin;
select * from person where issuer = :iss and subject = 'bench-owner-' || :w;
select set_config('app.person_id', md5('bench-p-owner-' || :w)::uuid::text, true);
select * from membership where person_id = md5('bench-p-owner-' || :w)::uuid and status = 'ACTIVE';
select set_config('app.workspace_id', md5('bench-w-' || :w)::uuid::text, true);
select * from workspace where id = md5('bench-w-' || :w)::uuid;
commit;
