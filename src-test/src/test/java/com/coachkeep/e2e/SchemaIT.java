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
}
