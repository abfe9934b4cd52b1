package com.coachkeep.e2e;

import com.coachkeep.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What row-level security costs: the five most frequent queries of a request, each run with the policies applied
 * (as {@code coachkeep_app}, with {@code app.workspace_id} set the way the persistence adapter sets it) and without
 * (as the superuser, which bypasses row-level security), on the same data and the same plans' worth of rows.
 * Prints medians and their ratio ({@code rls cost:} lines), first with the policies as they are, then, on the same data in
 * the same transaction, with the policies rewritten into their form before 0017 (the setting read per row), so that one
 * run shows the ratio before and after; never asserts a timing.
 *
 * <p>Runs only with {@code -Dcoachkeep.rls.benchmark=true}. Everything happens in one transaction of the test
 * server's database that is rolled back at the end: the rows (many workspaces of staff, clients and notes) are
 * inserted by the superuser, the application role is taken with {@code SET LOCAL ROLE}, and nothing remains.
 */
class RowLevelSecurityCostIT {
    static final int WORKSPACES = Integer.getInteger("coachkeep.rls.benchmark.workspaces", 400);
    static final int MEMBERS = 30; // 1 owner, 2 coaches, 2 assistants, 25 clients per workspace
    static final int NOTES_PER_CLIENT = 10;
    static final int ROUNDS = 5;
    static final int CALLS_PER_ROUND = Integer.getInteger("coachkeep.rls.benchmark.calls", 400);
    static final int EXPLAINS = 300;

    /** A query as the persistence adapter sends it, and how to fill its parameters from one sample. */
    record Query(String name, String sql, boolean personSetting, int[] columns) {
    }

    // Sample columns: 0 workspace id, 1 person id (a client's), 2 client id.
    static final List<Query> QUERIES = List.of(
            new Query("membership by person and workspace",
                    "select * from membership where workspace_id = ? and person_id = ? and status = 'ACTIVE'", true, new int[] {0, 1}),
            new Query("workspace by id", "select * from workspace where id = ?", false, new int[] {0}),
            new Query("clients list, first page",
                    "select * from client where workspace_id = ? order by sort_name, id limit 26", false, new int[] {0}),
            new Query("client by id", "select * from client where workspace_id = ? and id = ?", false, new int[] {0, 2}),
            new Query("coach notes of a client, first page",
                    "select * from coach_note where workspace_id = ? and client_id = ? order by created_at desc, id desc limit 26",
                    false, new int[] {0, 2}));

    @Test
    void measureTheFiveMostFrequentQueriesWithAndWithoutRowLevelSecurity() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("coachkeep.rls.benchmark"), "run with -Dcoachkeep.rls.benchmark=true");
        TestServer.awaitReady();
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "")) {
            c.setAutoCommit(false);
            try {
                long started = System.nanoTime();
                populate(c);
                List<UUID[]> samples = samples(c);
                System.out.printf("rls cost: %d workspaces added in %.1f s (one transaction, rolled back afterwards); the tables hold %s%n",
                        WORKSPACES, (System.nanoTime() - started) / 1e9, counts(c));
                List<String> lines = new ArrayList<>(measure(c, samples, "policies as they are"));
                // The same data, the same transaction: the policies rewritten into their form before 0017 (the setting
                // read per row; the worker's and the person's policies open to every role), for the ratio before.
                try (Statement s = c.createStatement()) {
                    for (String sql : PER_ROW_FORM) {
                        s.execute(sql);
                    }
                }
                lines.addAll(measure(c, samples, "per-row form before 0017"));
                lines.forEach(System.out::println);
            } finally {
                c.rollback();
            }
        }
    }

    /** The five queries' policies as they stood before 0017-worker-role.sql (rolled back with the benchmark's data). */
    static final List<String> PER_ROW_FORM = List.of(
            "alter policy tenant_isolation on workspace using (id = nullif(current_setting('app.workspace_id', true), '')::uuid) "
                    + "with check (id = nullif(current_setting('app.workspace_id', true), '')::uuid)",
            "alter policy tenant_isolation on membership using (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) "
                    + "with check (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)",
            "alter policy tenant_isolation on client using (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) "
                    + "with check (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)",
            "alter policy tenant_isolation on coach_note using (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) "
                    + "with check (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)",
            "alter policy own_memberships on membership to public using (person_id = nullif(current_setting('app.person_id', true), '')::uuid)",
            "alter policy coach_directory on membership to public using (current_setting('app.coach_directory', true) = 'on')",
            "alter policy field_encryption on coach_note to public "
                    + "using (body is not null and current_setting('app.field_encryption', true) = 'on')");

    static List<String> measure(Connection c, List<UUID[]> samples, String label) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.add("rls cost: " + label);
        lines.add(String.format("rls cost: %-38s %12s %12s %7s %15s %15s %7s", "query", "on (µs)", "off (µs)", "ratio",
                "server on (µs)", "server off (µs)", "ratio"));
        for (Query q : QUERIES) {
            double[] roundTrip = roundTrips(c, q, samples);
            double[] server = serverTimes(c, q, samples);
            lines.add(String.format("rls cost: %-38s %12.1f %12.1f %7.2f %15.2f %15.2f %7.2f", q.name(), roundTrip[0], roundTrip[1],
                    roundTrip[0] / roundTrip[1], server[0], server[1], server[0] / server[1]));
        }
        lines.add(String.format("rls cost: set_config('app.workspace_id', …, true), once per transaction with RLS: median %.1f µs",
                setConfigCost(c, samples)));
        for (Query q : QUERIES) {
            lines.add("rls cost: plan with RLS of " + q.name() + ": " + plan(c, q, samples.get(0), true));
            lines.add("rls cost: plan without RLS of " + q.name() + ": " + plan(c, q, samples.get(0), false));
        }
        return lines;
    }

    /** Medians of the round trip of one execution (µs), with RLS and without, alternating rounds. */
    static double[] roundTrips(Connection c, Query q, List<UUID[]> samples) throws SQLException {
        List<Long> on = new ArrayList<>();
        List<Long> off = new ArrayList<>();
        Random random = new Random(42);
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            for (int round = 0; round < ROUNDS + 1; round++) {
                for (boolean rls : new boolean[] {round % 2 == 0, round % 2 != 0}) {
                    role(c, rls);
                    for (int i = 0; i < CALLS_PER_ROUND; i++) {
                        UUID[] s = samples.get(random.nextInt(samples.size()));
                        if (rls) {
                            settings(c, q, s);
                        }
                        bind(ps, q, s);
                        long t0 = System.nanoTime();
                        int rows = drain(ps);
                        long t = System.nanoTime() - t0;
                        if (rows == 0) {
                            throw new AssertionError(q.name() + " found nothing " + (rls ? "with" : "without") + " RLS");
                        }
                        if (round > 0) { // the first round warms up both
                            (rls ? on : off).add(t);
                        }
                    }
                }
            }
        }
        role(c, false);
        return new double[] {median(on) / 1e3, median(off) / 1e3};
    }

    /**
     * The server's execution time (µs) reported by EXPLAIN ANALYZE, with RLS and without: a mean of the middle 80% of
     * the runs, since the server reports it in whole microseconds.
     */
    static double[] serverTimes(Connection c, Query q, List<UUID[]> samples) throws SQLException {
        List<Long> on = new ArrayList<>();
        List<Long> off = new ArrayList<>();
        Random random = new Random(7);
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, timing off, summary on) " + q.sql())) {
            for (int i = 0; i < EXPLAINS * 2; i++) {
                boolean rls = i % 2 == 0;
                UUID[] s = samples.get(random.nextInt(samples.size()));
                role(c, rls);
                if (rls) {
                    settings(c, q, s);
                }
                bind(ps, q, s);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String line = rs.getString(1).strip();
                        if (line.startsWith("Execution Time:")) {
                            double ms = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                            (rls ? on : off).add(Math.round(ms * 1e6));
                        }
                    }
                }
            }
        }
        role(c, false);
        return new double[] {trimmedMean(on) / 1e3, trimmedMean(off) / 1e3};
    }

    /** The plan, on one line, with its buffers. */
    static String plan(Connection c, Query q, UUID[] s, boolean rls) throws SQLException {
        role(c, rls);
        if (rls) {
            settings(c, q, s);
        }
        StringBuilder out = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers, costs off, timing off, summary off) " + q.sql())) {
            bind(ps, q, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(out.length() == 0 ? "" : " | ").append(rs.getString(1).strip());
                }
            }
        }
        role(c, false);
        return out.toString();
    }

    static double setConfigCost(Connection c, List<UUID[]> samples) throws SQLException {
        List<Long> times = new ArrayList<>();
        role(c, true);
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
            for (int i = 0; i < 2000; i++) {
                ps.setString(1, samples.get(i % samples.size())[0].toString());
                long t0 = System.nanoTime();
                drain(ps);
                if (i >= 200) {
                    times.add(System.nanoTime() - t0);
                }
            }
        }
        role(c, false);
        return median(times) / 1e3;
    }

    static void role(Connection c, boolean app) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(app ? "set local role coachkeep_app" : "set local role none");
        }
    }

    static void settings(Connection c, Query q, UUID[] s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(q.personSetting()
                ? "select set_config('app.workspace_id', ?, true), set_config('app.person_id', ?, true)"
                : "select set_config('app.workspace_id', ?, true)")) {
            ps.setString(1, s[0].toString());
            if (q.personSetting()) {
                ps.setString(2, s[1].toString());
            }
            drain(ps);
        }
    }

    static void bind(PreparedStatement ps, Query q, UUID[] s) throws SQLException {
        for (int i = 0; i < q.columns().length; i++) {
            ps.setObject(i + 1, s[q.columns()[i]]);
        }
    }

    static int drain(PreparedStatement ps) throws SQLException {
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    static double trimmedMean(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int cut = v.length / 10;
        return Arrays.stream(v, cut, v.length - cut).average().orElseThrow();
    }

    static double median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    /**
     * Workspaces of 30 members each (an owner, two coaches, two assistants, 25 clients, each a person of their own),
     * every client with ten coach notes; then fresh statistics, as autovacuum would gather them.
     */
    static void populate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create temp table bench_member on commit drop as "
                    + "select w.id as ws, w.g, m, gen_random_uuid() as pid, gen_random_uuid() as mid, gen_random_uuid() as cid "
                    + "from (select gen_random_uuid() as id, g from generate_series(1, " + WORKSPACES + ") g) w, generate_series(1, " + MEMBERS + ") m");
            s.execute("insert into person (id, issuer, subject, email, email_verified, display_name, created_at) "
                    + "select pid, 'https://rls-benchmark.example', 'p-' || g || '-' || m, 'p' || g || '-' || m || '@rls-benchmark.example', "
                    + "true, 'Person ' || g || '-' || m, now() from bench_member");
            s.execute("insert into workspace (id, name, timezone, currency, locale, brand_color, owner_id, created_at, updated_at) "
                    + "select ws, 'Benchmark ' || g, 'Europe/Berlin', 'EUR', 'en', '#2f6f4f', pid, now(), now() from bench_member where m = 1");
            s.execute("insert into membership (workspace_id, id, person_id, role, status, created_at) "
                    + "select ws, mid, pid, case when m = 1 then 'OWNER' when m <= 3 then 'COACH' when m <= 5 then 'ASSISTANT' else 'CLIENT' end, "
                    + "'ACTIVE', now() - (m || ' days')::interval from bench_member");
            s.execute("insert into client (workspace_id, id, display_name, sort_name, email, person_id, assigned_coach_id, tags, status, "
                    + "created_at, updated_at) "
                    + "select c.ws, c.cid, 'Client ' || c.g || '-' || c.m, lower('client ' || c.g || '-' || lpad(c.m::text, 3, '0')), "
                    + "'p' || c.g || '-' || c.m || '@rls-benchmark.example', c.pid, coach.mid, 'online', 'ACTIVE', now(), now() "
                    + "from bench_member c join bench_member coach on coach.ws = c.ws and coach.m = 2 + (c.m % 2) where c.m > 5");
            s.execute("insert into coach_note (workspace_id, id, client_id, author_id, body, created_at) "
                    + "select c.ws, gen_random_uuid(), c.cid, coach.pid, 'Session notes ' || n || ' for client ' || c.m, "
                    + "now() - (n || ' hours')::interval from bench_member c join bench_member coach on coach.ws = c.ws and coach.m = 2, "
                    + "generate_series(1, " + NOTES_PER_CLIENT + ") n where c.m > 5");
            s.execute("analyze person, workspace, membership, client, coach_note");
        }
    }

    /** One sample per client: its workspace, its person, its client record. */
    static List<UUID[]> samples(Connection c) throws SQLException {
        List<UUID[]> samples = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select ws, pid, cid from bench_member where m > 5")) {
            while (rs.next()) {
                samples.add(new UUID[] {(UUID) rs.getObject(1), (UUID) rs.getObject(2), (UUID) rs.getObject(3)});
            }
        }
        return samples;
    }

    static String counts(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select (select count(*) from workspace), "
                + "(select count(*) from membership), (select count(*) from client), (select count(*) from coach_note)")) {
            rs.next();
            return String.format("%,d workspaces, %,d memberships, %,d clients, %,d coach notes", rs.getLong(1), rs.getLong(2),
                    rs.getLong(3), rs.getLong(4));
        }
    }
}
