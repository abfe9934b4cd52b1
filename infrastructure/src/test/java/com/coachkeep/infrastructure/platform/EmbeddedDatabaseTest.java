package com.coachkeep.infrastructure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndTheApplicationRoleGetsOnlyDataPrivileges() throws Exception {
        int port = freePort();
        try (EmbeddedDatabase.Running db = new EmbeddedDatabase().start(dataDir.resolve("postgres"), port)) {
            assertTrue(db.freshlyInitialised());
            assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/coachkeep", db.jdbcUrl());
            new LiquibaseMigrator(1).migrate(db.dataSource(EmbeddedDatabase.OWNER_ROLE), EmbeddedDatabase.APP_ROLE);

            DataSource owner = db.dataSource(EmbeddedDatabase.OWNER_ROLE);
            DataSource app = db.dataSource(EmbeddedDatabase.APP_ROLE);
            execute(owner, "CREATE TABLE restart_probe (id int PRIMARY KEY, note text)");
            execute(app, "INSERT INTO restart_probe VALUES (1, 'kept')");
            assertEquals("kept", queryString(app, "SELECT note FROM restart_probe WHERE id = 1"));

            SQLException createdByApp = assertThrows(SQLException.class,
                    () -> execute(app, "CREATE TABLE app_owned (id int)"));
            assertEquals("42501", createdByApp.getSQLState(), "insufficient_privilege");
            assertThrows(SQLException.class, () -> execute(app, "ALTER TABLE restart_probe ADD COLUMN x int"));
            assertThrows(SQLException.class, () -> execute(app, "TRUNCATE restart_probe"));
            assertEquals("false false false", queryString(app,
                    "SELECT rolsuper || ' ' || rolbypassrls || ' ' || rolcreaterole FROM pg_roles WHERE rolname = current_user"));
            assertEquals("0", queryString(app,
                    "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user"));
        }

        try (EmbeddedDatabase.Running again = new EmbeddedDatabase().start(dataDir.resolve("postgres"), port)) {
            assertFalse(again.freshlyInitialised());
            // a second migration finds nothing to do
            new LiquibaseMigrator(1).migrate(again.dataSource(EmbeddedDatabase.OWNER_ROLE), EmbeddedDatabase.APP_ROLE);
            assertEquals("kept", queryString(again.dataSource(EmbeddedDatabase.APP_ROLE),
                    "SELECT note FROM restart_probe WHERE id = 1"));
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String queryString(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next());
            return r.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
