-- GET /api/v1/workspaces/{w}/clients/{c} as the server runs it: one transaction, the tenant setting, the identity
-- query (person, active membership, workspace status, custom role), the client. Run as the application role.
\set w random(1, :workspaces)
\set c random(1, :clients)
begin;
select set_config('app.workspace_id', md5('bench-w-' || :w)::uuid::text, true);
select p.id, p.email, p.email_verified, p.display_name, m.id, m.role, m.custom_role_id, ws.staff_mfa_required,
       ws.suspended_at, ws.deletion_requested_at, r.permissions
  from person p
  left join membership m on m.workspace_id = md5('bench-w-' || :w)::uuid and m.person_id = p.id and m.status = 'ACTIVE'
  left join workspace ws on ws.id = m.workspace_id
  left join custom_role r on r.workspace_id = m.workspace_id and r.id = m.custom_role_id
 where p.issuer = :iss and p.subject = 'bench-owner-' || :w;
select * from client where workspace_id = md5('bench-w-' || :w)::uuid and id = md5('bench-c-' || :w || '-' || :c)::uuid;
commit;
