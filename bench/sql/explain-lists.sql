-- The plans of the keyset-paginated client list at depth, as the application role runs it (row-level security on):
-- a page after a client in the middle of the 10,000-client roster, and of the large one (psql -v big=N).
\set ON_ERROR_STOP on
begin;
select set_config('app.workspace_id', md5('bench-w--1')::uuid::text, true) \gset
explain (analyze, buffers, costs off, timing off, summary on)
select * from client where workspace_id = md5('bench-w--1')::uuid
   and (sort_name, id) > (substr(md5('-1:5000'), 1, 8) || ' 5000', md5('bench-c--1-5000')::uuid)
 order by sort_name, id limit 21;
commit;
begin;
select set_config('app.workspace_id', md5('bench-w--2')::uuid::text, true) \gset
explain (analyze, buffers, costs off, timing off, summary on)
select * from client where workspace_id = md5('bench-w--2')::uuid
   and (sort_name, id) > (substr(md5('-2:' || (:big / 2)), 1, 8) || ' ' || (:big / 2), md5('bench-c--2-' || (:big / 2))::uuid)
 order by sort_name, id limit 21;
commit;
