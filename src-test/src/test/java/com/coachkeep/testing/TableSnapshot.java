package com.coachkeep.testing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of every table of the test database, as a digest per row, read as the database superuser (so row-level
 * security hides nothing). The tables come from the catalog, so a new table is covered without a new line; a test may
 * leave out a few by name, with its reason beside the list.
 */
public final class TableSnapshot {
    private final Map<String, Map<String, Integer>> rows;

    private TableSnapshot(Map<String, Map<String, Integer>> rows) {
        this.rows = rows;
    }

    /** Reads every table except the {@code excluded} ones ("schema.table"). */
    public static TableSnapshot take(Set<String> excluded) {
        try (Connection c = superuser()) {
            Map<String, Map<String, Integer>> rows = new TreeMap<>();
            for (String table : tables(c)) {
                if (excluded.contains(table)) {
                    continue;
                }
                Map<String, Integer> digests = new HashMap<>();
                try (PreparedStatement s = c.prepareStatement("select md5(t::text) from " + table + " t"); ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        digests.merge(r.getString(1), 1, Integer::sum);
                    }
                }
                rows.put(table, digests);
            }
            return new TableSnapshot(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until nothing changes any more (background jobs, such as the outbox worker, finish what earlier requests
     * started): two snapshots in a row alike, within the deadline.
     */
    public static TableSnapshot takeWhenSettled(Set<String> excluded, Duration deadline) {
        Instant until = Instant.now().plus(deadline);
        TableSnapshot last = take(excluded);
        while (Instant.now().isBefore(until)) {
            pause();
            TableSnapshot next = take(excluded);
            if (next.differences(last).isEmpty()) {
                return next;
            }
            last = next;
        }
        throw new IllegalStateException("the database kept changing for " + deadline + ": " + take(excluded).differences(last));
    }

    /** The number of tables read. */
    public int tables() {
        return rows.size();
    }

    /** The number of rows read, over all tables. */
    public long rowCount() {
        return rows.values().stream().flatMap(m -> m.values().stream()).mapToLong(Integer::longValue).sum();
    }

    /** What {@code this} holds that {@code before} did not, and the reverse, per table, with the rows' text. */
    public List<String> differences(TableSnapshot before) {
        List<String> out = new ArrayList<>();
        for (String table : union(before)) {
            Map<String, Integer> now = rows.getOrDefault(table, Map.of());
            Map<String, Integer> then = before.rows.getOrDefault(table, Map.of());
            List<String> added = diff(now, then);
            List<String> removed = diff(then, now);
            if (!added.isEmpty() || !removed.isEmpty()) {
                out.add(table + ": " + added.size() + " rows added or changed " + text(table, added) + ", " + removed.size()
                        + " rows removed or changed");
            }
        }
        return out;
    }

    private List<String> union(TableSnapshot other) {
        var all = new java.util.TreeSet<>(rows.keySet());
        all.addAll(other.rows.keySet());
        return List.copyOf(all);
    }

    private static List<String> diff(Map<String, Integer> a, Map<String, Integer> b) {
        List<String> out = new ArrayList<>();
        a.forEach((digest, n) -> {
            for (int i = b.getOrDefault(digest, 0); i < n; i++) {
                out.add(digest);
            }
        });
        return out;
    }

    /** The current text of a few rows by digest (rows that are gone show no text). */
    private static List<String> text(String table, List<String> digests) {
        if (digests.isEmpty()) {
            return List.of();
        }
        try (Connection c = superuser(); PreparedStatement s = c.prepareStatement(
                "select left(t::text, 300) from " + table + " t where md5(t::text) = any(?) limit 3")) {
            Array array = c.createArrayOf("text", digests.toArray());
            s.setArray(1, array);
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            return List.of("(" + e.getMessage() + ")");
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select quote_ident(n.nspname) || '.' || quote_ident(c.relname) from pg_class c "
                + "join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p') "
                + "and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' order by 1");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
