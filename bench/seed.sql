-- The benchmark's data set, written as the superuser (row-level security does not apply to it) in one transaction.
-- Ids are derived from numbers (md5 of a label, read as a uuid), so the wrk scripts and the pgbench scripts can name
-- any row without reading the data set back. Variables (psql -v):
--   issuer      the development issuer's issuer URL (people are found by issuer and subject)
--   workspaces  how many ordinary workspaces; each has an owner, a coach and :clients clients, half assigned to the coach
--   clients     clients per ordinary workspace
--   deep        clients in each of the two list-depth workspaces "deep-10k" (10,000) and "deep-1m" (:deep; 0 skips both)
-- Re-running it replaces the previous benchmark rows (everything whose id is derived from a 'bench-' label).
\set ON_ERROR_STOP on
\set plan '{"phases":[{"key":"86df655c-7ff3-5f3a-8248-8a3fb2c676d7","name":"Base","weeks":[{"key":"b324b84f-2cff-5967-aa81-b8e776af5ad5","days":[{"key":"328d7e34-77c3-54dc-ae97-dc9681103670","name":"Lower","restDay":false,"blocks":[{"key":"4a355967-3d54-5610-8b82-1678a18a94c3","type":"SINGLE","entries":[{"key":"8c7fedc7-58af-57b3-a84d-aaab9cb8f96e","exerciseId":"728da5c3-ba82-47c8-57a5-98ad2714c2a2","sets":[{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}}]}]}]},{"key":"0ecb51dd-700c-5fa5-9481-dfd32a4c8275","name":"Rest","restDay":true,"blocks":[]},{"key":"990eafa7-3c9c-5148-ab2b-2ed78d23a566","name":"Upper","restDay":false,"blocks":[{"key":"d8054215-ead9-540f-aa56-de21766ab8ce","type":"SINGLE","entries":[{"key":"2384da91-b13c-5782-b3ef-8917442927bc","exerciseId":"347da0f8-c320-121e-0511-6c86268ce974","sets":[{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}}]}]}]},{"key":"e12b0726-f627-5eae-973d-eb0fcf1f7b22","name":"Rest","restDay":true,"blocks":[]},{"key":"511fa6d1-b34a-5095-9d04-5cda9a3a1b92","name":"Pull","restDay":false,"blocks":[{"key":"fbfc1484-4703-5541-b28f-8a6227874126","type":"SINGLE","entries":[{"key":"a858d771-1aee-5cf9-8849-c7d5721c87b5","exerciseId":"c65c2edd-eec8-3f33-a7e0-db13968af226","sets":[{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}},{"type":"WORKING","repsMin":5,"repsMax":5,"load":{"kind":"percentOfOneRepMax","percent":75}}]}]}]},{"key":"614bb74e-0e45-5ab0-8c9a-d8daabeb4f1a","name":"Rest","restDay":true,"blocks":[]},{"key":"ae640018-cf11-53c8-9b2a-9c530f226f06","name":"Rest","restDay":true,"blocks":[]}]}]}]}'
begin;
set local session_replication_role = replica;  -- deferred foreign keys are checked by hand below, not per row
delete from message_read where workspace_id in (select id from workspace where name like 'Bench %');
delete from message where workspace_id in (select id from workspace where name like 'Bench %');
delete from conversation where workspace_id in (select id from workspace where name like 'Bench %');
delete from habit_check_off where workspace_id in (select id from workspace where name like 'Bench %');
delete from habit where workspace_id in (select id from workspace where name like 'Bench %');
delete from nutrition_meal where workspace_id in (select id from workspace where name like 'Bench %');
delete from nutrition_log where workspace_id in (select id from workspace where name like 'Bench %');
delete from nutrition_target where workspace_id in (select id from workspace where name like 'Bench %');
delete from nutrition_settings where workspace_id in (select id from workspace where name like 'Bench %');
delete from body_metric where workspace_id in (select id from workspace where name like 'Bench %');
delete from checkin where workspace_id in (select id from workspace where name like 'Bench %');
delete from checkin_schedule where workspace_id in (select id from workspace where name like 'Bench %');
delete from checkin_form where workspace_id in (select id from workspace where name like 'Bench %');
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
-- Check-ins of every ordinary workspace (the coach dashboard's data): a weekly form scheduled for every client on the
-- weekday of a week ago, and for every other client last week's check-in awaiting review with a bodyweight and a waist.
insert into checkin_form (workspace_id, id, version, name, questions, created_at)
select w.id, md5('bench-form-' || w.n)::uuid, 1, 'Weekly check-in',
       '[{"key":"energy","type":"SCALE","text":"Energy?","required":true,"options":[],"poses":[]}]', now()
from bench_ws w where w.n > 0;
insert into checkin_schedule (workspace_id, id, client_id, form_id, kind, every_weeks, weekday, time_zone, starts_on, grace_days, created_at)
select w.id, md5('bench-sched-' || w.n || '-' || c)::uuid, md5('bench-c-' || w.n || '-' || c)::uuid, md5('bench-form-' || w.n)::uuid,
       'WEEKLY', 1, trim(to_char(current_date - 7, 'FMDAY')), 'UTC', current_date - 60, 1, now()
from bench_ws w, generate_series(1, w.clients) c where w.n > 0;
insert into checkin (workspace_id, id, client_id, form_id, form_version, schedule_id, occurrence_on, answers_ct, on_behalf, submitted_at, updated_at)
select w.id, md5('bench-checkin-' || w.n || '-' || c)::uuid, md5('bench-c-' || w.n || '-' || c)::uuid, md5('bench-form-' || w.n)::uuid, 1,
       md5('bench-sched-' || w.n || '-' || c)::uuid, current_date - 7, '\x00'::bytea, false, now() - interval '2 days', now() - interval '2 days'
from bench_ws w, generate_series(1, w.clients) c where w.n > 0 and c % 2 = 0;
insert into body_metric (workspace_id, id, client_id, type_key, measured_on, value, entered_value, entered_unit, source, checkin_id, recorded_at)
select k.workspace_id, md5('bench-metric-' || k.id || t)::uuid, k.client_id, t, k.occurrence_on, 80, 80, 'kg', 'CHECKIN', k.id, now()
from checkin k join bench_ws w on w.id = k.workspace_id, unnest(array['bodyweight', 'waist']) t;

-- Messaging (the conversation-page scenario): 2,000 messages in the conversations of clients 1 and 2 of every ordinary
-- workspace, alternating between the coach and the client (who has no person of their own: their messages carry a
-- derived author id), one an hour back over twelve weeks. The text is a placeholder, not a ciphertext, and the bench clients
-- have no key, so the server reads each text as erased: the page's cost is its reads, without decrypting 50 texts.
insert into conversation (workspace_id, client_id, last_event_seq, client_messages, staff_messages, last_message_at, created_at)
select w.id, md5('bench-c-' || w.n || '-' || c)::uuid, 2000, 1000, 1000, now(), now() - interval '2000 hours'
from bench_ws w, generate_series(1, least(2, w.clients)) c where w.n > 0;
insert into message (workspace_id, id, client_id, seq, event_seq, author_id, from_staff, side_ordinal, text_ct, sent_at)
select w.id, md5('bench-msg-' || w.n || '-' || c || '-' || i)::uuid, md5('bench-c-' || w.n || '-' || c)::uuid, i, i,
       case when i % 2 = 0 then w.coach else md5('bench-p-client-' || w.n || '-' || c)::uuid end, i % 2 = 0, (i + 1) / 2,
       '\x00'::bytea, now() - ((2000 - i) || ' hours')::interval
from bench_ws w, generate_series(1, least(2, w.clients)) c, generate_series(1, 2000) i where w.n > 0;
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
-- Training (the todays-workout scenario): one template per ordinary workspace, its one-week plan (squat, bench press and
-- deadlift at 75 % of 1RM on Monday, Wednesday and Friday) assigned to every client from this week's Monday, and for
-- every other client two weeks of logs (three a week, five sets of five) from which the estimated 1RM is read. The plans
-- are written as plaintext (plan), as before plans were encrypted: the bench clients have no key to encrypt them under
-- here, and the server reads a plan without ciphertext as it is (its start-up step encrypts such rows on the next start),
-- so the scenario's cost is its reads and one JSON parse per program, without the AES-GCM decryption of the plan.
delete from workout_record where workspace_id in (select id from workspace where name like 'Bench %');
delete from workout_set where workspace_id in (select id from workspace where name like 'Bench %');
delete from workout_log where workspace_id in (select id from workspace where name like 'Bench %');
delete from assigned_program where workspace_id in (select id from workspace where name like 'Bench %');
delete from program_template_version where workspace_id in (select id from workspace where name like 'Bench %');
delete from program_template where workspace_id in (select id from workspace where name like 'Bench %');
insert into program_template (workspace_id, id, name, description, status, current_version, created_by, created_at, updated_at)
select id, md5('bench-t-' || n)::uuid, 'Bench program', null, 'ACTIVE', 1, owner, now(), now() from bench_ws where n > 0;
insert into program_template_version (workspace_id, template_id, version, plan, created_at)
select id, md5('bench-t-' || n)::uuid, 1, :'plan'::jsonb, now() from bench_ws where n > 0;
insert into assigned_program (workspace_id, id, client_id, template_id, template_version, name, start_date, plan, assigned_by,
                              created_at, updated_at, version)
select w.id, md5('bench-ap-' || w.n || '-' || c)::uuid, md5('bench-c-' || w.n || '-' || c)::uuid, md5('bench-t-' || w.n)::uuid, 1,
       'Bench program', date_trunc('week', current_date)::date, :'plan'::jsonb, w.owner, now(), now(), 1
from bench_ws w, generate_series(1, w.clients) c where w.n > 0;
insert into workout_log (workspace_id, id, client_id, program_id, day_key, performed_on, duration_seconds, notes_ct, logged_by,
                         on_behalf, created_at, updated_at)
select w.id, md5('bench-l-' || w.n || '-' || c || '-' || d)::uuid, md5('bench-c-' || w.n || '-' || c)::uuid, null, null,
       current_date - 14 + d * 2, 3600, null, null, false, now(), now()
from bench_ws w, generate_series(2, w.clients, 2) c, generate_series(0, 5) d where w.n > 0;
insert into workout_set (workspace_id, id, log_id, client_id, performed_on, position, exercise_id, set_type, reps, seconds, metres,
                         load_amount, load_unit, load_kg, effort_kind, effort_value, done, target)
select w.id, md5('bench-s-' || w.n || '-' || c || '-' || d || '-' || s)::uuid, md5('bench-l-' || w.n || '-' || c || '-' || d)::uuid,
       md5('bench-c-' || w.n || '-' || c)::uuid, current_date - 14 + d * 2, s,
       md5('exercise:' || (array['back-squat', 'bench-press', 'deadlift'])[1 + d % 3])::uuid, 'WORKING', 5, null, null,
       80 + d * 2.5, 'KG', 80 + d * 2.5, 'RIR', 2, true, null
from bench_ws w, generate_series(2, w.clients, 2) c, generate_series(0, 5) d, generate_series(0, 4) s where w.n > 0;
-- The seeded workspaces' identity epochs (changeset 0050), which their triggers would have written: without one, a
-- workspace's members' identities are read on every request instead of being kept.
insert into workspace_identity_epoch (workspace_id, epoch) select id, gen_random_uuid() from bench_ws
on conflict (workspace_id) do update set epoch = excluded.epoch;
commit;
analyze person; analyze workspace; analyze membership; analyze client;
analyze nutrition_target; analyze nutrition_log; analyze habit; analyze habit_check_off; analyze exercise; analyze exercise_alias;
analyze assigned_program; analyze workout_log; analyze workout_set; analyze checkin_schedule; analyze checkin; analyze body_metric;
