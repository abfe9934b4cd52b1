package com.coachkeep.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the statements the server runs, as PostgreSQL counts them ({@code pg_stat_statements}, which the embedded
 * database loads): the extension is created for the measurement and dropped afterwards. Counts are per statement text
 * and role, not per session, so a measurement repeats one request {@code n} times and keeps the statements run a
 * multiple of {@code n} times; background jobs of the application role that happen to run in between show up as the
 * statements that are not.
 */
public final class StatementCounter implements AutoCloseable {
    private final Connection c;

    private StatementCounter(Connection c) {
        this.c = c;
    }

    /** As the database's superuser, on the test server's database. */
    public static StatementCounter open(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url, "postgres", "");
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        }
        return new StatementCounter(c);
    }

    public void reset() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        }
    }

    /** One statement text and how often the role ran it since the reset. */
    public record Counted(String query, long calls) {
    }

    /** The statements the role ran since the reset, most frequent first. */
    public List<Counted> of(String role) throws SQLException {
        List<Counted> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select query, calls from pg_stat_statements "
                + "where userid = (select oid from pg_roles where rolname = '" + role.replace("'", "") + "') order by calls desc, query")) {
            while (r.next()) {
                out.add(new Counted(r.getString(1), r.getLong(2)));
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop extension if exists pg_stat_statements");
        } finally {
            c.close();
        }
    }
}
