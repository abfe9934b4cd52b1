-- The benchmark's data set, written as the superuser (row-level security does not apply to it) in one transaction.
-- Ids are derived from numbers (md5 of a label, read as a uuid), so the wrk scripts and the pgbench scripts can name
-- any row without reading the data set back. Variables (psql -v):
--   issuer      the development issuer's issuer URL (people are found by issuer and subject)
--   workspaces  how many ordinary workspaces; each has an owner, a coach and :clients clients, half assigned to the coach
--   clients     clients per ordinary workspace
--   deep        clients in each of the two list-depth workspaces "deep-10k" (10,000) and "deep-1m" (:deep; 0 skips both)
-- Re-running it replaces the previous benchmark rows (everything whose id is derived from a 'bench-' label).
\set ON_ERROR_STOP on
begin;
set local session_replication_role = replica;  -- deferred foreign keys are checked by hand below, not per row
delete from habit_check_off where workspace_id in (select id from workspace where name like 'Bench %');
delete from habit where workspace_id in (select id from workspace where name like 'Bench %');
delete from nutrition_meal where workspace_id in (select id from workspace where name like 'Bench %');
delete from nutrition_log where workspace_id in (select id from workspace where name like 'Bench %');
delete from nutrition_target where workspace_id in (select id from workspace where name like 'Bench %');
delete from nutrition_settings where workspace_id in (select id from workspace where name like 'Bench %');
delete from coach_note where workspace_id in (select id from workspace where name like 'Bench %');
delete from exercise_alias where workspace_id in (select id from workspace where name like 'Bench %');
delete from exercise where workspace_id in (select id from workspace where name like 'Bench %');
delete from client where workspace_id in (select id from workspace where name like 'Bench %');
delete from membership where workspace_id in (select id from workspace where name like 'Bench %');
delete from workspace where name like 'Bench %';
delete from person where subject like 'bench-%';

create temporary table bench_ws (n int, id uuid, owner uuid, coach uuid, coach_m uuid, owner_m uuid, clients int, name text) on commit drop;
insert into bench_ws
select n, md5('bench-w-' || n)::uuid, md5('bench-p-owner-' || n)::uuid, md5('bench-p-coach-' || n)::uuid,
       md5('bench-m-coach-' || n)::uuid, md5('bench-m-owner-' || n)::uuid, :clients, 'Bench ' || n
from generate_series(1, :workspaces) n;
-- The two depth workspaces are numbered -1 (10,000 clients) and -2 (:deep clients).
insert into bench_ws
select n, md5('bench-w-' || n)::uuid, md5('bench-p-owner-' || n)::uuid, md5('bench-p-coach-' || n)::uuid,
       md5('bench-m-coach-' || n)::uuid, md5('bench-m-owner-' || n)::uuid, c, 'Bench deep ' || c
from (values (-1, 10000), (-2, :deep)) d(n, c) where :deep > 0;

insert into person (id, issuer, subject, email, email_verified, display_name, created_at)
select owner, :'issuer', 'bench-owner-' || n, 'owner' || n || '@bench.test', true, 'Owner ' || n, now() from bench_ws
union all
select coach, :'issuer', 'bench-coach-' || n, 'coach' || n || '@bench.test', true, 'Coach ' || n, now() from bench_ws;

insert into workspace (id, name, timezone, currency, locale, brand_color, coaches_see_all_clients, owner_id, created_at, updated_at, version)
select id, name, 'Europe/Berlin', 'EUR', 'en', '#1e88e5', false, owner, now(), now(), 0 from bench_ws;

insert into membership (workspace_id, id, person_id, role, status, created_at)
select id, owner_m, owner, 'OWNER', 'ACTIVE', now() - interval '2 years' from bench_ws
union all
select id, coach_m, coach, 'COACH', 'ACTIVE', now() - interval '1 year' from bench_ws;

-- Clients have no person of their own (invited, not yet signed in); names spread over the alphabet like a roster.
insert into client (workspace_id, id, display_name, sort_name, email, person_id, assigned_coach_id, tags, status,
                    created_at, updated_at, version)
select w.id, md5('bench-c-' || w.n || '-' || c)::uuid, initcap(nm) || ' ' || c, lower(nm) || ' ' || c,
       'client' || c || '@w' || w.n || '.bench.test', null, case when c % 2 = 0 then w.coach_m end,
       case when c % 3 = 0 then 'strength' else '' end, case when c % 10 = 0 then 'PAUSED' else 'ACTIVE' end,
       now() - (c || ' minutes')::interval, now(), 0
from bench_ws w, generate_series(1, w.clients) c,
     lateral (select substr(md5(w.n || ':' || c), 1, 8) nm) x;

-- Nutrition and habits: two years of history for clients 1 and 2 of every ordinary workspace (the compliance
-- scenario): a target change per quarter for both day types, a log on six days of seven, three habits checked off on
-- about four days of five. The habits' text is a placeholder, not a ciphertext: the scenario reads no habit text.
insert into nutrition_target (workspace_id, id, client_id, day_type, effective_from, calories, protein_g, carbohydrate_g, fat_g, created_at)
select w.id, md5('bench-t-' || w.n || '-' || c || '-' || q || t)::uuid, md5('bench-c-' || w.n || '-' || c)::uuid, t,
       current_date - q * 91, 2200 + q * 10, 150, 240, 75, now()
from bench_ws w, generate_series(1, least(2, w.clients)) c, generate_series(0, 7) q, unnest(array['TRAINING', 'REST']) t
where w.n > 0;
insert into nutrition_log (workspace_id, id, client_id, day, day_type, entry, calories, protein_g, carbohydrate_g, fat_g, on_behalf,
                           created_at, updated_at)
select w.id, md5('bench-l-' || w.n || '-' || c || '-' || d::date)::uuid, md5('bench-c-' || w.n || '-' || c)::uuid, d::date,
       case when extract(isodow from d) in (1, 3, 5) then 'TRAINING' else 'REST' end, 'TOTALS', 2000 + (random() * 400)::int,
       150, 240, 75, false, now(), now()
from bench_ws w, generate_series(1, least(2, w.clients)) c, generate_series(current_date - 729, current_date - 1, interval '1 day') d
where w.n > 0 and extract(dow from d) <> 0;
insert into habit (workspace_id, id, client_id, title_ct, schedule_kind, times_per_week, weekdays, starts_on, created_at, updated_at)
select w.id, md5('bench-h-' || w.n || '-' || c || '-' || k)::uuid, md5('bench-c-' || w.n || '-' || c)::uuid, '\x00'::bytea, k,
       case when k = 'TIMES_PER_WEEK' then 4 end, case when k = 'WEEKDAYS' then 'MONDAY,THURSDAY' end, current_date - 729, now(), now()
from bench_ws w, generate_series(1, least(2, w.clients)) c, unnest(array['DAILY', 'TIMES_PER_WEEK', 'WEEKDAYS']) k
where w.n > 0;
insert into habit_check_off (workspace_id, habit_id, day, client_id, checked_at)
select h.workspace_id, h.id, d::date, h.client_id, now()
from habit h join bench_ws w on w.id = h.workspace_id, generate_series(current_date - 729, current_date - 1, interval '1 day') d
where random() < 0.8;
-- The exercise library of the 10,000-client depth workspace: 10,000 exercises of its own, named like a coach's
-- (a variant of a catalogue exercise: "Tempo Back Squat 12"), in the catalogue's variation groups, and 2,000 aliases.
insert into exercise (workspace_id, id, name, sort_name, instructions, tags, primary_muscles, secondary_muscles, equipment,
                      pattern, mechanics, variation_group, status, created_at, updated_at, version)
select w.id, md5('bench-e-' || w.n || '-' || i)::uuid, nm, lower(nm), c.instructions, '{}', c.primary_muscle_list,
       c.secondary_muscle_list, c.equipment, c.pattern, c.mechanics, c.variation_of, 'ACTIVE', now(), now(), 0
from bench_ws w, generate_series(1, 10000) i,
     lateral (select * from exercise_catalogue order by slug offset (i % 175) limit 1) c,
     lateral (select (array['Tempo', 'Paused', 'Banded', 'Deficit', 'Single-Arm', 'Half', 'Heavy', 'Light', 'Slow', 'Explosive',
                            'Isometric', 'Cluster'])[1 + i % 12] || ' ' || c.name || ' ' || (i / 175) as nm) x
where w.n = -1;
insert into exercise_alias (workspace_id, exercise_id, alias, sort_alias, created_at)
select w.id, md5('bench-e-' || w.n || '-' || i)::uuid, 'alias ' || substr(md5(i::text), 1, 6), 'alias ' || substr(md5(i::text), 1, 6), now()
from bench_ws w, generate_series(1, 10000, 5) i where w.n = -1;
commit;
analyze person; analyze workspace; analyze membership; analyze client;
analyze nutrition_target; analyze nutrition_log; analyze habit; analyze habit_check_off; analyze exercise; analyze exercise_alias;
