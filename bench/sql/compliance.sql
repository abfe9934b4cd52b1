-- GET .../clients/{c}/compliance as the server runs it: one transaction, the tenant setting with the identity epochs (the caller's identity kept), the
-- client (the roster's visibility read), the settings with the workspace's zone, the targets, the logged days of the
-- last 90 days (totals from the unique index), the habits' schedules and their check-offs of the last 90 days. The
-- client is 1 or 2 of a workspace: the ones with two years of history. Run as the application role.
\set w random(1, :workspaces)
\set c random(1, 2)
begin;
select coachkeep_enter_workspace(md5('bench-w-' || :w)::uuid, :iss, 'bench-owner-' || :w);
select * from client where workspace_id = md5('bench-w-' || :w)::uuid and id = md5('bench-c-' || :w || '-' || :c)::uuid;
select w.timezone, s.time_zone, s.calories_tolerance_pct, s.protein_minimum_pct, s.carbohydrate_tolerance_pct, s.fat_tolerance_pct,
       s.version from workspace w left join nutrition_settings s on s.workspace_id = w.id and s.client_id = md5('bench-c-' || :w || '-' || :c)::uuid
 where w.id = md5('bench-w-' || :w)::uuid;
select id, client_id, day_type, effective_from, calories, protein_g, carbohydrate_g, fat_g, fibre_g, water_ml, set_by, created_at
  from nutrition_target where workspace_id = md5('bench-w-' || :w)::uuid and client_id = md5('bench-c-' || :w || '-' || :c)::uuid
 order by effective_from, created_at;
select day, day_type, calories, protein_g, carbohydrate_g, fat_g from nutrition_log
 where workspace_id = md5('bench-w-' || :w)::uuid and client_id = md5('bench-c-' || :w || '-' || :c)::uuid
   and day between current_date - 89 and current_date;
select id, client_id, null, null, schedule_kind, times_per_week, weekdays, starts_on, archived_on, created_by, created_at, updated_at, version
  from habit where workspace_id = md5('bench-w-' || :w)::uuid and client_id = md5('bench-c-' || :w || '-' || :c)::uuid
 order by created_at, id;
select habit_id, day from habit_check_off
 where workspace_id = md5('bench-w-' || :w)::uuid and client_id = md5('bench-c-' || :w || '-' || :c)::uuid
   and day between current_date - 89 and current_date;
commit;
