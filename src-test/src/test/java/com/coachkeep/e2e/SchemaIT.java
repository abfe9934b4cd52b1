package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The schema Liquibase built in the server's PostgreSQL, read from the catalog. */
class SchemaIT {
    static Connection connect() throws Exception {
        TestServer.awaitReady();
        return DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
    }

    @Test
    @Tag("promise:P-AUTH-1")
    void noColumnAnywhereCanHoldAPassword() throws Exception {
        List<String> suspicious = new ArrayList<>();
        int columns = 0;
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "select table_schema, table_name, column_name from information_schema.columns "
                        + "where table_schema not in ('pg_catalog', 'information_schema')")) {
            while (rs.next()) {
                columns++;
                String column = rs.getString(3).toLowerCase();
                if (column.matches(".*(passw|passwd|pwd|pass_hash|credential|secret).*")) {
                    suspicious.add(rs.getString(1) + "." + rs.getString(2) + "." + column);
                }
            }
        }
        assertTrue(columns > 20, "the schema was not read: only " + columns + " columns");
        assertTrue(suspicious.isEmpty(), "columns that could hold passwords: " + suspicious);
    }

    @Test
    @Tag("promise:P-ISO-1")
    void everyTenantTableCarriesWorkspaceIdInItsPrimaryKey() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<String> tenantTables = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "select t.table_schema, t.table_name, "
                        + " exists (select 1 from information_schema.columns k where k.table_schema = t.table_schema "
                        + "   and k.table_name = t.table_name and k.column_name = 'workspace_id') as has_ws, "
                        + " coalesce((select string_agg(a.attname, ',') from pg_index i "
                        + "   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) "
                        + "   where i.indrelid = (quote_ident(t.table_schema) || '.' || quote_ident(t.table_name))::regclass "
                        + "   and i.indisprimary), '') as pk "
                        + "from information_schema.tables t where t.table_type = 'BASE TABLE' "
                        + "and t.table_schema not in ('pg_catalog', 'information_schema') "
                        + "and t.table_name not like 'databasechangelog%'")) {
            while (rs.next()) {
                if (rs.getBoolean(3)) {
                    tenantTables.add(rs.getString(2));
                    if (!List.of(rs.getString(4).split(",")).contains("workspace_id")) {
                        wrong.add(rs.getString(2) + " (primary key: " + rs.getString(4) + ")");
                    }
                }
            }
        }
        assertFalse(tenantTables.isEmpty(), "no tenant tables found");
        assertTrue(tenantTables.containsAll(List.of("membership", "client", "invitation", "coach_note")), tenantTables.toString());
        assertTrue(wrong.isEmpty(), "tenant tables whose primary key lacks workspace_id: " + wrong);
    }

    @Test
    @Tag("promise:P-ISO-4")
    void everyTableWithWorkspaceDataHasForcedRowLevelSecurityAndTheAppRoleCannotBypassIt() throws Exception {
        List<String> gaps = new ArrayList<>();
        List<String> coveredTables = new ArrayList<>();
        int tables = 0;
        try (Connection c = connect()) {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select cl.relname, cl.relrowsecurity, cl.relforcerowsecurity, "
                            + " (select count(*) from pg_policies p where p.schemaname = n.nspname and p.tablename = cl.relname) "
                            + "from pg_class cl join pg_namespace n on n.oid = cl.relnamespace "
                            + "where cl.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') "
                            + "and n.nspname not like 'pg\\_%' and (cl.relname = 'workspace' or exists "
                            + " (select 1 from information_schema.columns k where k.table_schema = n.nspname "
                            + "  and k.table_name = cl.relname and k.column_name = 'workspace_id'))")) {
                while (rs.next()) {
                    tables++;
                    coveredTables.add(rs.getString(1));
                    if (!rs.getBoolean(2) || !rs.getBoolean(3) || rs.getInt(4) == 0) {
                        gaps.add(rs.getString(1) + " (enabled " + rs.getBoolean(2) + ", forced " + rs.getBoolean(3)
                                + ", policies " + rs.getInt(4) + ")");
                    }
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select r.rolsuper, r.rolbypassrls, (select count(*) from pg_class cl where cl.relowner = r.oid and cl.relkind in ('r', 'v', 'm')) "
                            + " + (select count(*) from pg_namespace n where n.nspowner = r.oid) "
                            + "from pg_roles r where r.rolname = 'coachkeep_app'")) {
                org.junit.jupiter.api.Assertions.assertTrue(rs.next(), "no application role");
                if (rs.getBoolean(1) || rs.getBoolean(2) || rs.getInt(3) > 0) {
                    gaps.add("coachkeep_app: superuser " + rs.getBoolean(1) + ", bypassrls " + rs.getBoolean(2) + ", owns " + rs.getInt(3));
                }
            }
        }
        assertTrue(tables >= 7, "only " + tables + " tenant tables found");
        assertTrue(coveredTables.contains("data_key"), "the keystore schema is checked too: " + coveredTables);
        assertTrue(gaps.isEmpty(), "row-level security gaps: " + gaps);
    }

    @Test
    @Tag("promise:P-ISO-4")
    void theApplicationRoleSeesAndChangesNothingOfAnotherWorkspaceEvenWithDirectSql() throws Exception {
        var a = com.coachkeep.testing.Workspaces.populated("RLS Victim");
        var b = com.coachkeep.testing.Workspaces.populated("RLS Other");
        try (Connection app = DriverManager.getConnection(TestServer.DB_URL, "coachkeep_app", "")) {
            app.setAutoCommit(false);
            var set = app.prepareStatement("select set_config('app.workspace_id', ?, true)");
            set.setString(1, b.id());
            set.executeQuery().close();
            List<String> leaks = new ArrayList<>();
            for (String table : List.of("membership", "client", "invitation", "coach_note", "custom_role")) {
                try (var q = app.prepareStatement("select count(*) from " + table + " where workspace_id = ?::uuid")) {
                    q.setString(1, a.id());
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) != 0) {
                            leaks.add("select " + table + ": " + rs.getInt(1));
                        }
                    }
                }
                try (var u = app.prepareStatement("update " + table + " set workspace_id = workspace_id where workspace_id = ?::uuid")) {
                    u.setString(1, a.id());
                    if (u.executeUpdate() != 0) {
                        leaks.add("update " + table);
                    }
                }
                try (var d = app.prepareStatement("delete from " + table + " where workspace_id = ?::uuid")) {
                    d.setString(1, a.id());
                    if (d.executeUpdate() != 0) {
                        leaks.add("delete " + table);
                    }
                }
            }
            // The keystore: A's client has a key (A has a note), invisible from B.
            try (var q = app.prepareStatement("select count(*) from keystore.data_key where workspace_id = ?::uuid")) {
                q.setString(1, a.id());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 0) {
                        leaks.add("select keystore.data_key: " + rs.getInt(1));
                    }
                }
            }
            try (var u = app.prepareStatement("update keystore.data_key set wrapped_key = null, destroyed_at = now() where workspace_id = ?::uuid")) {
                u.setString(1, a.id());
                if (u.executeUpdate() != 0) {
                    leaks.add("update keystore.data_key");
                }
            }
            try (var q = app.prepareStatement("select count(*) from workspace where id = ?::uuid")) {
                q.setString(1, a.id());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 0) {
                        leaks.add("select workspace");
                    }
                }
            }
            // Its own rows stay visible: the policy filters, it does not just block everything.
            try (var q = app.prepareStatement("select count(*) from client where workspace_id = ?::uuid")) {
                q.setString(1, b.id());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    org.junit.jupiter.api.Assertions.assertEquals(2, rs.getInt(1));
                }
            }
            app.rollback();
            assertTrue(leaks.isEmpty(), "workspace B reached workspace A: " + leaks);

            // Without any setting (a pooled connection after the transaction ended), nothing is visible.
            try (ResultSet rs = app.createStatement().executeQuery("select count(*) from client")) {
                rs.next();
                org.junit.jupiter.api.Assertions.assertEquals(0, rs.getInt(1));
            }
            app.rollback();
        }
        TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}/clients", a.id()).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(2));
    }

    /** The one policy every tenant table has: its rows are those of the workspace set for the transaction, read once. */
    static final String STANDARD = "workspace_id = (select nullif(current_setting('app.workspace_id', true), '')::uuid)";

    /**
     * Every other policy on a tenant table, documented in docs/operations/database.md: what it admits (SELECT only,
     * except a person's own idempotency records, whose writes it admits only into the record of no workspace, and their
     * expiry by the schema owner; so no such policy lets the application write a row into another workspace), to which role, and its expression. The
     * worker's policies span workspaces and name the worker role only; the application's are person- or secret-scoped.
     */
    record Documented(String role, String expression, String command, String check) {
        Documented(String role, String expression) {
            this(role, expression, "SELECT", null);
        }
    }

    static final Map<String, Documented> DOCUMENTED = documented();

    private static Map<String, Documented> documented() {
        Map<String, Documented> m = new LinkedHashMap<>();
        m.put("membership.own_memberships", new Documented("coachkeep_app",
                "person_id = (select nullif(current_setting('app.person_id', true), '')::uuid)"));
        m.put("invitation.by_token", new Documented("coachkeep_app",
                "token_hash = (select nullif(current_setting('app.invitation_token_hash', true), ''))"));
        m.put("data_export.by_download_token", new Documented("coachkeep_app",
                "download_token_hash = (select nullif(current_setting('app.export_token_hash', true), ''))"));
        // A person's own remembered requests (0025): read and deleted across workspaces, written only into the record of
        // no workspace (a founding request); every other write passes the row's own tenant policy.
        m.put("idempotency_record.own_requests", new Documented("coachkeep_app",
                "scope = (select nullif(current_setting('app.person_id', true), ''))", "ALL",
                "scope = (select nullif(current_setting('app.person_id', true), '')) "
                        + "and workspace_id = '00000000-0000-0000-0000-000000000000'::uuid"));
        // The expiry of remembered requests (0016): the schema owner's purge function sees expired rows only.
        m.put("idempotency_record.idempotency_expiry", new Documented("coachkeep_owner",
                "created_at < now() - interval '24 hours'", "ALL", null));
        m.put("outbox_message.outbox_worker", worker("app.outbox_worker"));
        m.put("workspace_deletion.deletion_worker", worker("app.deletion_worker"));
        m.put("data_export.export_worker", worker("app.export_worker"));
        m.put("membership.coach_directory", worker("app.coach_directory"));
        m.put("scheduled_message.messaging_scheduler", worker("app.messaging_scheduler"));
        m.put("announcement.messaging_scheduler", worker("app.messaging_scheduler"));
        m.put("conversation.messaging_scheduler", worker("app.messaging_scheduler"));
        m.put("checkin_schedule.checkin_reminders", worker("app.checkin_reminders"));
        m.put("support_grant.support_grants", worker("app.support_grants"));
        m.put("incident_workspace.support_incidents", worker("app.support_incidents"));
        m.put("audit_chain_head.audit_checkpointer", worker("app.audit_checkpointer"));
        m.put("tombstone.deletion_replay", worker("app.deletion_replay"));
        m.put("billing_connected_account.billing_accounts", worker("app.billing_accounts"));
        m.put("coach_note.field_encryption", new Documented("coachkeep_worker",
                "body is not null and (select current_setting('app.field_encryption', true)) = 'on'"));
        m.put("assigned_program.field_encryption", new Documented("coachkeep_worker",
                "plan is not null and (select current_setting('app.field_encryption', true)) = 'on'"));
        // Support's workspace look-up: a security-definer function of the schema owner (0013), never the application.
        for (String table : List.of("workspace", "membership", "client")) {
            m.put(table + ".support_lookup", new Documented("coachkeep_owner", "current_setting('app.support_lookup', true) = 'on'"));
        }
        return m;
    }

    private static Documented worker(String setting) {
        return new Documented("coachkeep_worker", "(select current_setting('" + setting + "', true)) = 'on'");
    }

    /** Every setting a policy reads: the application role sets them all and must still see one workspace. */
    static final List<String> SETTINGS = List.of("app.outbox_worker", "app.deletion_worker", "app.export_worker", "app.coach_directory",
            "app.support_grants", "app.support_incidents", "app.audit_checkpointer", "app.field_encryption", "app.deletion_replay",
            "app.support_lookup", "app.audit_erasure", "app.billing_accounts", "app.messaging_scheduler",
            "app.checkin_reminders");

    /**
     * Indexes of tenant tables that do not lead with workspace_id: each serves a scan that spans workspaces by purpose
     * (the worker's queues, a person's own memberships, look-ups by a secret's hash or by id), never a request's
     * reads of one workspace, which lead with workspace_id so that the policy and the query share one index.
     */
    static final Set<String> INDEXES_ACROSS_WORKSPACES = Set.of(
            "membership_person_idx", "invitation_token_idx",
            "outbox_message_due_idx", "outbox_message_dead_idx", "outbox_message_done_idx",
            "workspace_deletion_pending_idx", "data_export_queue_idx", "data_export_expiry_idx", "data_export_token_idx",
            "incident_workspace_incident_idx", "support_grant_id_idx", "support_grant_pending_idx", "support_grant_staff_idx",
            "idempotency_created_idx", "billing_connected_account_by_stripe", "scheduled_message_due_idx", "announcement_running_idx",
            "conversation_digest_idx");

    /** Tenant tables: those with workspace_id, and workspace itself; schema-qualified. */
    private static List<String> tenantTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("select n.nspname, cl.relname from pg_class cl "
                + "join pg_namespace n on n.oid = cl.relnamespace where cl.relkind = 'r' and n.nspname in ('public', 'keystore') "
                + "and (cl.relname = 'workspace' or exists (select 1 from pg_attribute a where a.attrelid = cl.oid "
                + "and a.attname = 'workspace_id' and not a.attisdropped)) order by 1, 2")) {
            while (rs.next()) {
                tables.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return tables;
    }

    /**
     * How PostgreSQL itself writes {@code expression} as a policy of a table shaped like {@code table}: a policy made on
     * a temporary copy of it, in a transaction that is rolled back, so texts compare as the catalog stores them.
     */
    private static String deparsed(Connection c, String table, String expression) throws SQLException {
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            st.execute("create temporary table policy_probe (like " + table + ")");
            st.execute("create policy probe on policy_probe using (" + expression + ")");
            try (ResultSet rs = st.executeQuery("select qual from pg_policies where tablename = 'policy_probe' and policyname = 'probe'")) {
                rs.next();
                return rs.getString(1);
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Test
    @Tag("promise:P-ISO-4")
    void everyPolicyOfATenantTableIsTheStandardOneOrADocumentedReadOnlyOne() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Connection c = connect()) {
            for (String table : tenantTables(c)) {
                String name = table.substring(table.indexOf('.') + 1);
                String standard = deparsed(c, table, name.equals("workspace") ? STANDARD.replaceFirst("^workspace_id", "id") : STANDARD);
                try (var q = c.prepareStatement("select policyname, permissive, roles::text, cmd, qual, with_check from pg_policies "
                        + "where schemaname || '.' || tablename = ?")) {
                    q.setString(1, table);
                    try (ResultSet rs = q.executeQuery()) {
                        boolean hasStandard = false;
                        while (rs.next()) {
                            String policy = name + "." + rs.getString(1);
                            seen.add(policy);
                            String roles = rs.getString(3);
                            String cmd = rs.getString(4);
                            String qual = rs.getString(5);
                            String check = rs.getString(6);
                            if (rs.getString(1).equals("tenant_isolation")) {
                                hasStandard = true;
                                if (!"PERMISSIVE".equals(rs.getString(2)) || !"{public}".equals(roles) || !"ALL".equals(cmd)
                                        || !standard.equals(qual) || !standard.equals(check)) {
                                    wrong.add(policy + " is not the standard policy: " + cmd + " to " + roles + " using " + qual
                                            + " with check " + check + " (expected " + standard + ")");
                                }
                                continue;
                            }
                            Documented d = DOCUMENTED.get(policy);
                            if (d == null) {
                                wrong.add(policy + " is on no documented list: " + cmd + " to " + roles + " using " + qual);
                                continue;
                            }
                            String expected = deparsed(c, table, d.expression());
                            String expectedCheck = d.check() == null ? null : deparsed(c, table, d.check());
                            if (!d.command().equals(cmd) || !java.util.Objects.equals(expectedCheck, check)
                                    || !("{" + d.role() + "}").equals(roles) || !expected.equals(qual)) {
                                wrong.add(policy + " differs from its documented form: " + cmd + " to " + roles + " using " + qual
                                        + " with check " + check + " (expected " + d.command() + " to " + d.role() + " using "
                                        + expected + " with check " + expectedCheck + ")");
                            }
                        }
                        if (!hasStandard) {
                            wrong.add(table + " has no tenant_isolation policy");
                        }
                    }
                }
            }
        }
        assertTrue(seen.containsAll(List.of("outbox_message.outbox_worker", "membership.own_memberships", "client.tenant_isolation",
                "tombstone.deletion_replay", "data_key.tenant_isolation")), "the catalog was not read: " + seen);
        assertTrue(wrong.isEmpty(), "policies that say something else: " + String.join("\n", wrong));
    }

    @Test
    @Tag("promise:P-ISO-4")
    void theWorkerRoleOwnsNothingBypassesNothingAndOnlyReads() throws Exception {
        try (Connection c = connect()) {
            try (ResultSet rs = c.createStatement().executeQuery("select r.rolsuper, r.rolbypassrls, r.rolinherit, "
                    + "(select count(*) from pg_class cl where cl.relowner = r.oid) + (select count(*) from pg_namespace n "
                    + "where n.nspowner = r.oid) from pg_roles r where r.rolname = 'coachkeep_worker'")) {
                assertTrue(rs.next(), "no worker role");
                assertFalse(rs.getBoolean(1), "superuser");
                assertFalse(rs.getBoolean(2), "bypasses row-level security");
                assertFalse(rs.getBoolean(3), "inherits the privileges of other roles");
                assertEquals(0, rs.getInt(4), "owns objects");
            }
            try (ResultSet rs = c.createStatement().executeQuery("select table_schema || '.' || table_name || ' ' || privilege_type "
                    + "from information_schema.role_table_grants where grantee = 'coachkeep_worker' and privilege_type <> 'SELECT'")) {
                List<String> writes = new ArrayList<>();
                while (rs.next()) {
                    writes.add(rs.getString(1));
                }
                assertTrue(writes.isEmpty(), "the worker role may change rows: " + writes);
            }
        }
    }

    @Test
    @Tag("promise:P-ISO-4")
    void theApplicationRoleCannotWriteIntoAnotherWorkspaceNorMoveARowThereEvenWithDirectSql() throws Exception {
        var a = com.coachkeep.testing.Workspaces.populated("RLS Target");
        var b = com.coachkeep.testing.Workspaces.populated("RLS Writer");
        Map<String, String> refusals = new LinkedHashMap<>();
        List<String> tried = new ArrayList<>();
        try (Connection owner = connect(); Connection app = DriverManager.getConnection(TestServer.DB_URL, "coachkeep_app", "")) {
            for (String table : tenantTables(owner)) {
                if (!readable(owner, table)) {
                    continue;
                }
                String key = table.endsWith(".workspace") ? "id" : "workspace_id";
                // a copy of one of B's rows, claiming A's workspace; and one of B's rows moved to A
                String insert = "insert into " + table + " select (jsonb_populate_record(null::" + table + ", to_jsonb(r) || "
                        + "jsonb_build_object('" + key + "', ?::text))).* from " + table + " r where r." + key + " = ?::uuid limit 1";
                String move = "update " + table + " set " + key + " = ?::uuid where ctid = (select ctid from " + table
                        + " where " + key + " = ?::uuid limit 1)";
                for (String sql : List.of(insert, move)) {
                    app.setAutoCommit(false);
                    try (var set = app.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                        set.setString(1, b.id());
                        set.executeQuery().close();
                    }
                    int visible;
                    try (var q = app.prepareStatement("select count(*) from " + table + " where " + key + " = ?::uuid")) {
                        q.setString(1, b.id());
                        try (ResultSet rs = q.executeQuery()) {
                            rs.next();
                            visible = rs.getInt(1);
                        }
                    }
                    if (visible == 0) {
                        app.rollback();
                        continue;
                    }
                    tried.add(table + (sql == insert ? " insert" : " move"));
                    try (var w = app.prepareStatement(sql)) {
                        w.setString(1, a.id());
                        w.setString(2, b.id());
                        int changed = w.executeUpdate();
                        refusals.put(table + (sql == insert ? " insert" : " move"), "accepted (" + changed + " rows)");
                    } catch (SQLException refused) {
                        if (!"42501".equals(refused.getSQLState())) {
                            refusals.put(table + (sql == insert ? " insert" : " move"), refused.getSQLState() + " " + refused.getMessage());
                        }
                    } finally {
                        app.rollback();
                    }
                }
            }
        }
        assertTrue(tried.containsAll(List.of("public.client insert", "public.client move", "public.membership insert",
                "public.membership move", "public.coach_note insert", "public.coach_note move", "public.workspace move",
                "public.outbox_message insert", "public.audit_event insert", "keystore.data_key insert")), "tried: " + tried);
        assertTrue(refusals.isEmpty(), "writes into another workspace not refused with SQLSTATE 42501: " + refusals);
    }

    @Test
    @Tag("promise:P-ISO-4")
    void theApplicationRoleSettingEverySettingStillSeesOneWorkspace() throws Exception {
        var a = com.coachkeep.testing.Workspaces.populated("RLS Hidden");
        var b = com.coachkeep.testing.Workspaces.populated("RLS Curious");
        Map<String, Integer> foreign = new LinkedHashMap<>();
        int ownRows = 0;
        try (Connection owner = connect(); Connection app = DriverManager.getConnection(TestServer.DB_URL, "coachkeep_app", "")) {
            List<String> tables = tenantTables(owner);
            app.setAutoCommit(false);
            try (var set = app.prepareStatement("select set_config(?, ?, true)")) {
                set.setString(1, "app.workspace_id");
                set.setString(2, b.id());
                set.executeQuery().close();
                for (String setting : SETTINGS) {
                    set.setString(1, setting);
                    set.setString(2, "on");
                    set.executeQuery().close();
                }
            }
            for (String table : tables) {
                if (!readable(owner, table)) {
                    continue;
                }
                String key = table.endsWith(".workspace") ? "id" : "workspace_id";
                try (var q = app.prepareStatement("select count(*) filter (where " + key + " <> ?::uuid), "
                        + "count(*) filter (where " + key + " = ?::uuid) from " + table)) {
                    q.setString(1, b.id());
                    q.setString(2, b.id());
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            foreign.put(table, rs.getInt(1));
                        }
                        ownRows += rs.getInt(2);
                    }
                }
            }
            app.rollback();
        }
        assertTrue(ownRows > 10, "its own workspace stays visible: " + ownRows + " rows");
        assertTrue(foreign.isEmpty(), "rows of other workspaces (" + a.id() + " among them) seen by the application role: " + foreign);
    }

    private static boolean readable(Connection owner, String table) throws SQLException {
        try (var q = owner.prepareStatement("select has_table_privilege('coachkeep_app', ?, 'SELECT')")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Test
    @Tag("promise:P-ISO-4")
    void theWorkerRoleSeesNothingWithoutItsSettingAndCannotWriteAnywhere() throws Exception {
        var a = com.coachkeep.testing.Workspaces.populated("RLS Worker");
        try (Connection worker = DriverManager.getConnection(TestServer.DB_URL, "coachkeep_worker", "")) {
            worker.setAutoCommit(false);
            try (ResultSet rs = worker.createStatement().executeQuery("select count(*) from membership")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "a worker's transaction sees only what its setting names");
            }
            worker.rollback();
            try (var set = worker.prepareStatement("select set_config('app.coach_directory', 'on', true)")) {
                set.executeQuery().close();
            }
            try (var q = worker.prepareStatement("select count(*) from membership where workspace_id = ?::uuid")) {
                q.setString(1, a.id());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertTrue(rs.getInt(1) >= 5, "the coach directory's scan sees the memberships: " + rs.getInt(1));
                }
            }
            try (var u = worker.prepareStatement("update membership set status = status where workspace_id = ?::uuid")) {
                u.setString(1, a.id());
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, u::executeUpdate);
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            }
            worker.rollback();
        }
    }

    @Test
    void everyIndexOfATenantTableLeadsWithWorkspaceIdOrServesADocumentedScanAcrossWorkspaces() throws Exception {
        List<String> wrong = new ArrayList<>();
        int indexes = 0;
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "select n.nspname || '.' || t.relname, i.relname, a.attname from pg_index x "
                        + "join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid "
                        + "join pg_namespace n on n.oid = t.relnamespace "
                        + "left join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0] "
                        + "where n.nspname in ('public', 'keystore') and t.relkind = 'r' and exists (select 1 from pg_attribute w "
                        + "where w.attrelid = t.oid and w.attname = 'workspace_id' and not w.attisdropped)")) {
            while (rs.next()) {
                indexes++;
                if (!"workspace_id".equals(rs.getString(3)) && !INDEXES_ACROSS_WORKSPACES.contains(rs.getString(2))) {
                    wrong.add(rs.getString(1) + "." + rs.getString(2) + " leads with " + rs.getString(3));
                }
            }
        }
        assertTrue(indexes > 20, "only " + indexes + " indexes read");
        assertTrue(wrong.isEmpty(), "indexes of tenant tables that do not lead with workspace_id: " + wrong);
    }
}
