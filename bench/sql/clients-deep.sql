-- A page of 20 clients after a random client of the depth workspace :n (the keyset of the list: sort_name, id).
\set c random(1, :size)
begin;
select coachkeep_enter_workspace(md5('bench-w-' || :n)::uuid, :iss, 'bench-owner-' || :n);
select * from client where workspace_id = md5('bench-w-' || :n)::uuid
   and (sort_name, id) > (substr(md5(:n || ':' || :c), 1, 8) || ' ' || :c, md5('bench-c-' || :n || '-' || :c)::uuid)
 order by sort_name, id limit 21;
commit;
