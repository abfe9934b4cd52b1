package com.coachkeep.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds what is left of someone in a database, driven by its catalog rather than by a list of tables: every base
 * table of every schema (the system's apart) and every column that can hold text (text, character types, JSON, UUIDs,
 * byte strings, arrays of them) is searched for each value, as the database superuser, past row-level security. A
 * table added later is searched without a new line.
 */
public final class Leftovers {
    private static final Set<String> TEXT_LIKE = Set.of("text", "character varying", "character", "json", "jsonb", "uuid", "bytea",
            "name", "citext", "ARRAY", "USER-DEFINED", "xml", "inet");

    private Leftovers() {
    }

    /** A column of the catalog: {@code schema.table.column} and its data type. */
    public record Column(String schema, String table, String name, String type) {
        public String qualified() {
            return schema + "." + table + "." + name;
        }

        public String qualifiedTable() {
            return schema + "." + table;
        }
    }

    /** Every text-like column of every base table, the system schemas apart. */
    public static List<Column> textColumns(String jdbcUrl) throws Exception {
        List<Column> columns = new ArrayList<>();
        try (Connection c = superuser(jdbcUrl); ResultSet rs = c.createStatement().executeQuery(
                "select c.table_schema, c.table_name, c.column_name, c.data_type from information_schema.columns c "
                        + "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name "
                        + "where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema') "
                        + "and c.table_schema not like 'pg\\_%' order by 1, 2, 3")) {
            while (rs.next()) {
                if (TEXT_LIKE.contains(rs.getString(4))) {
                    columns.add(new Column(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        if (columns.size() < 20) {
            throw new IllegalStateException("the catalog was not read: only " + columns.size() + " text-like columns");
        }
        return columns;
    }

    /**
     * Where each value still occurs (case-insensitively, as a part of the column's text form, or as its UTF-8 bytes in
     * a byte string): {@code "schema.table.column: value"} → rows, for the columns {@code searched} accepts.
     */
    public static Map<String, Integer> traces(String jdbcUrl, Collection<String> values, Predicate<Column> searched) throws Exception {
        Map<String, Integer> found = new TreeMap<>();
        try (Connection c = superuser(jdbcUrl)) {
            for (Column col : textColumns(jdbcUrl)) {
                if (!searched.test(col)) {
                    continue;
                }
                String column = "\"" + col.name() + "\"";
                String from = " from \"" + col.schema() + "\".\"" + col.table() + "\"";
                String sql = col.type().equals("bytea")
                        ? "select count(*)" + from + " where position(convert_to(?, 'UTF8') in " + column + ") > 0"
                        : "select count(*)" + from + " where strpos(lower(" + column + "::text), lower(?)) > 0";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (String value : values) {
                        s.setString(1, value);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            if (rs.getInt(1) > 0) {
                                found.put(col.qualified() + ": " + value, rs.getInt(1));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * For each table, how many of its rows mention any of the values in any column {@code searched} accepts (as
     * {@link #traces} matches them): {@code "schema.table"} → rows, tables without such a row left out.
     */
    public static Map<String, Integer> rowsMentioning(String jdbcUrl, Collection<String> values, Predicate<Column> searched)
            throws Exception {
        Map<String, List<String>> conditions = new TreeMap<>();
        for (Column col : textColumns(jdbcUrl)) {
            if (!searched.test(col)) {
                continue;
            }
            String column = "\"" + col.name() + "\"";
            for (int i = 0; i < values.size(); i++) {
                conditions.computeIfAbsent(col.qualifiedTable(), t -> new ArrayList<>()).add(col.type().equals("bytea")
                        ? "position(convert_to(?, 'UTF8') in " + column + ") > 0"
                        : "strpos(lower(" + column + "::text), lower(?)) > 0");
            }
        }
        Map<String, Integer> found = new TreeMap<>();
        try (Connection c = superuser(jdbcUrl)) {
            for (Map.Entry<String, List<String>> table : conditions.entrySet()) {
                String[] name = table.getKey().split("\\.", 2);
                try (PreparedStatement s = c.prepareStatement("select count(*) from \"" + name[0] + "\".\"" + name[1] + "\" where "
                        + String.join(" or ", table.getValue()))) {
                    int i = 1;
                    for (int k = 0; k < table.getValue().size() / values.size(); k++) {
                        for (String value : values) {
                            s.setString(i++, value);
                        }
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            found.put(table.getKey(), rs.getInt(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every column. */
    public static Predicate<Column> everywhere() {
        return col -> true;
    }

    private static Connection superuser(String jdbcUrl) throws Exception {
        TestServer.awaitReady();
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }
}
