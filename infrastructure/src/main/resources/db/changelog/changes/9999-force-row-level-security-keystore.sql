--liquibase formatted sql

--changeset coachkeep:9999-force-row-level-security-keystore runAlways:true runOnChange:true splitStatements:false
--comment: Runs after every migration, like 9999-force-row-level-security.sql, for the keystore schema (that script covers the current schema only): each table with a workspace_id column gets forced row-level security and the tenant_isolation policy. SchemaIT fails if any is not covered.
do $$
declare
    t record;
begin
    for t in
        select c.table_name
        from information_schema.columns c
        join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name
        where c.table_schema = 'keystore' and c.column_name = 'workspace_id' and tb.table_type = 'BASE TABLE'
    loop
        execute format('alter table keystore.%I enable row level security', t.table_name);
        execute format('alter table keystore.%I force row level security', t.table_name);
        if exists (select 1 from pg_policies p
                   where p.schemaname = 'keystore' and p.tablename = t.table_name and p.policyname = 'tenant_isolation'
                   and (p.qual not like '%SELECT%' or p.with_check is null or p.with_check not like '%SELECT%')) then
            -- an older form (the setting read per row): put back to the standard form; an ALTER takes a short lock, so only then
            execute format('alter policy tenant_isolation on keystore.%I '
                           'using (workspace_id = (select nullif(current_setting(''app.workspace_id'', true), '''')::uuid)) '
                           'with check (workspace_id = (select nullif(current_setting(''app.workspace_id'', true), '''')::uuid))',
                           t.table_name);
        elsif not exists (select 1 from pg_policies p
                          where p.schemaname = 'keystore' and p.tablename = t.table_name and p.policyname = 'tenant_isolation') then
            execute format('create policy tenant_isolation on keystore.%I for all '
                           'using (workspace_id = (select nullif(current_setting(''app.workspace_id'', true), '''')::uuid)) '
                           'with check (workspace_id = (select nullif(current_setting(''app.workspace_id'', true), '''')::uuid))',
                           t.table_name);
        end if;
    end loop;
end
$$;
