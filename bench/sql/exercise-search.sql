-- GET /api/v1/workspaces/{w}/exercises?q=…&limit=20 in the depth workspace :n (catalogue + 10,000 own exercises): one
-- transaction, the tenant setting with the identity epochs (the caller's identity kept), and the library's search as JpaExerciseLibraryRepository writes it.
\set k random(1, 4)
begin;
select coachkeep_enter_workspace(md5('bench-w-' || :n)::uuid, :iss, 'bench-owner-' || :n);
with q as (select (array['squat', 'press', 'tempo', 'rdl'])[:k] as t, md5('bench-w-' || :n)::uuid as w),
matches as (select id, round(cast(max(s) as numeric), 4) as rank from (
    select e.id, word_similarity(q.t, e.sort_name) as s from exercise e, q where e.workspace_id = q.w and e.status = 'ACTIVE'
       and (e.sort_name like '%' || q.t || '%' or q.t <% e.sort_name)
    union all select a.exercise_id, word_similarity(q.t, a.sort_alias) from exercise_alias a, q where a.workspace_id = q.w
       and (a.sort_alias like '%' || q.t || '%' or q.t <% a.sort_alias)
    union all select c.id, word_similarity(q.t, lower(c.name)) from exercise_catalogue c, q
     where lower(c.name) like '%' || q.t || '%' or q.t <% lower(c.name)) found group by id)
select * from (
    select x.*, (select string_agg(a.alias, chr(31) order by a.sort_alias) from exercise_alias a, q
                  where a.workspace_id = q.w and a.exercise_id = x.id) as aliases
      from (select c.id, c.name, cast(lower(c.name) as varchar(200)) as sort_name, c.instructions, c.equipment, c.pattern, m.rank
              from exercise_catalogue c join matches m on m.id = c.id, q
             where not exists (select 1 from exercise_hidden h where h.workspace_id = q.w and h.exercise_id = c.id)
            union all
            select e.id, e.name, e.sort_name, e.instructions, e.equipment, e.pattern, m.rank
              from exercise e join matches m on m.id = e.id, q where e.workspace_id = q.w and e.status = 'ACTIVE') x) r
 order by r.rank desc, r.sort_name, r.id limit 21;
commit;
