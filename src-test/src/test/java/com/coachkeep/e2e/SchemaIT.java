package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
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
}
