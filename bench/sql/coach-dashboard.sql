-- GET .../checkin-review/dashboard as the server runs it: one transaction, the tenant setting with the identity epochs (the caller's identity kept), the
-- response target, the check-ins awaiting review among the clients the owner sees, their metrics with the previous
-- check-ins' (lateral), the visible clients with their last activity, their schedules, the submissions of the last 16
-- days. The same statements whatever the roster size. Run as the application role.
\set w random(1, :workspaces)
begin;
select coachkeep_enter_workspace(md5('bench-w-' || :w)::uuid, :iss, 'bench-owner-' || :w);
select response_target_hours from checkin_settings where workspace_id = md5('bench-w-' || :w)::uuid;
select k.id, k.client_id, c.display_name, k.submitted_at, k.on_behalf from checkin k
  join client c on c.workspace_id = k.workspace_id and c.id = k.client_id join workspace w on w.id = k.workspace_id
 where k.workspace_id = md5('bench-w-' || :w)::uuid and k.reviewed_at is null and (true or w.coaches_see_all_clients)
 order by k.submitted_at, k.id;
select k.id, 'C', m.id, m.client_id, m.type_key, m.measured_on, m.value from checkin k
  join body_metric m on m.workspace_id = k.workspace_id and m.checkin_id = k.id
 where k.workspace_id = md5('bench-w-' || :w)::uuid and k.reviewed_at is null
union all
select k.id, 'P', m.id, m.client_id, m.type_key, m.measured_on, m.value from checkin k
  cross join lateral (select p.id from checkin p where p.workspace_id = k.workspace_id and p.client_id = k.client_id
                      and p.submitted_at < k.submitted_at order by p.submitted_at desc limit 1) prev
  join body_metric m on m.workspace_id = k.workspace_id and m.checkin_id = prev.id
 where k.workspace_id = md5('bench-w-' || :w)::uuid and k.reviewed_at is null;
select c.id, c.display_name, greatest(
       (select max(k.submitted_at) from checkin k where k.workspace_id = c.workspace_id and k.client_id = c.id),
       (select max(m.recorded_at) from body_metric m where m.workspace_id = c.workspace_id and m.client_id = c.id))
  from client c join workspace w on w.id = c.workspace_id
 where c.workspace_id = md5('bench-w-' || :w)::uuid and c.status = 'ACTIVE' order by c.sort_name, c.id;
select id, client_id, form_id, kind, every_weeks, weekday, day_of_month, on_day, time_zone, starts_on, ends_on, grace_days
  from checkin_schedule where workspace_id = md5('bench-w-' || :w)::uuid order by created_at, id;
select schedule_id, occurrence_on, id, submitted_at from checkin
 where workspace_id = md5('bench-w-' || :w)::uuid and occurrence_on between current_date - 16 and current_date + 2;
commit;
