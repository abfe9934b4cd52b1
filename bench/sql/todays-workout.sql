-- GET /api/v1/workspaces/{w}/clients/{c}/workouts/today as the server runs it: one transaction, the tenant setting with
-- the identity epochs (the caller's identity kept), the client, the client's programs (each plan is decrypted by the server: no SQL looks inside one), the
-- recent sets of the day's exercise (back squat: its catalogue id, written out because pgbench would read the colon of
-- 'exercise:back-squat' as a variable). Run as the application role.
\set w random(1, :workspaces)
\set c random(1, :clients)
begin;
select coachkeep_enter_workspace(md5('bench-w-' || :w)::uuid, :iss, 'bench-owner-' || :w);
select * from client where workspace_id = md5('bench-w-' || :w)::uuid and id = md5('bench-c-' || :w || '-' || :c)::uuid;
select id, workspace_id, client_id, template_id, template_version, name, start_date::text, plan::text, assigned_by, created_at,
       updated_at, version, schedule, plan_ct
  from assigned_program where workspace_id = md5('bench-w-' || :w)::uuid and client_id = md5('bench-c-' || :w || '-' || :c)::uuid
 order by start_date desc, id limit 200;
select performed_on::text, exercise_id, set_type, load_kg, reps, effort_kind, effort_value
  from workout_set where workspace_id = md5('bench-w-' || :w)::uuid and client_id = md5('bench-c-' || :w || '-' || :c)::uuid
   and done and reps is not null and exercise_id = '728da5c3-ba82-47c8-57a5-98ad2714c2a2'::uuid and performed_on >= current_date - 180
 order by performed_on, log_id, position;
commit;
