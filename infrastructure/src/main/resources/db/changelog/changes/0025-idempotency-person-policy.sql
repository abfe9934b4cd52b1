--liquibase formatted sql

--changeset coachkeep:0025-idempotency-person-policy
--comment: A person's own remembered requests: the application role reads and deletes them across workspaces (an account's erasure, and the claims of a request made outside any workspace), but writes through this policy only into the record of no workspace (the nil UUID, a founding request); every other write passes the standard tenant policy of the row's own workspace. Before, the policy admitted any write whose scope was the person, in any workspace, to any role.
drop policy if exists own_requests on idempotency_record;
create policy own_requests on idempotency_record for all to ${app_role}
    using (scope = (select nullif(current_setting('app.person_id', true), '')))
    with check (scope = (select nullif(current_setting('app.person_id', true), ''))
                and workspace_id = '00000000-0000-0000-0000-000000000000'::uuid);
--rollback drop policy own_requests on idempotency_record;
