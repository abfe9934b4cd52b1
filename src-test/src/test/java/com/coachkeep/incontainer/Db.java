package com.coachkeep.incontainer;

import com.coachkeep.shared.domain.WorkspaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Plain JDBC outside JPA and outside any JTA transaction (the server's non-transactional DataSource of the
 * application role, one short local transaction per query): what a test reads here is what was committed, even
 * while a transaction of the test is open on the same thread. Rows of workspace tables are read
 * {@linkplain #in(WorkspaceId) in a workspace}: the query's transaction carries that workspace's setting, as the
 * application's own transactions do, so row-level security shows them.
 */
final class Db {
    private static final Db UNSCOPED = new Db(null);
    private final WorkspaceId workspace;
    private final String[] setting;

    private Db(WorkspaceId workspace) {
        this(workspace, null);
    }

    private Db(WorkspaceId workspace, String[] setting) {
        this.workspace = workspace;
        this.setting = setting;
    }

    /** Queries whose transaction also carries this transaction-local setting (to prove what it does not open). */
    static Db withSetting(String name, String value) {
        return new Db(null, new String[] {name, value});
    }

    /**
     * Fails unless the database refused {@code statement} with SQLSTATE 42501 (insufficient privilege: a missing grant,
     * row-level security, or one of the schema's own rules), so that a mistake in the statement never passes for a
     * refusal.
     */
    static void assertRefused(Runnable statement, String why) {
        try {
            statement.run();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException refused) {
                if (!"42501".equals(refused.getSQLState())) {
                    throw new AssertionError(why + ": refused with SQLSTATE " + refused.getSQLState() + ", not 42501: "
                            + refused.getMessage(), refused);
                }
                return;
            }
            throw e;
        }
        throw new AssertionError(why + ": the statement was not refused");
    }

    /** Queries that see the rows of this workspace. */
    static Db in(WorkspaceId workspace) {
        return new Db(workspace);
    }

    /** Counts over tables without workspace rows (person) and over the server's catalogs. */
    static long count(String sql, Object... parameters) {
        return UNSCOPED.countRows(sql, parameters);
    }

    long countRows(String sql, Object... parameters) {
        Object value = single(sql, parameters);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The first column of the only row, or null when there is no row. */
    Object single(String sql, Object... parameters) {
        List<Object[]> rows = rows(sql, parameters);
        if (rows.size() > 1) {
            throw new IllegalStateException("more than one row: " + sql);
        }
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    List<Object[]> rows(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (workspace != null) {
                    try (PreparedStatement scope = connection.prepareStatement("select set_config('app.workspace_id', ?, true)")) {
                        scope.setString(1, workspace.value().toString());
                        scope.executeQuery().close();
                    }
                }
                if (setting != null) {
                    try (PreparedStatement scope = connection.prepareStatement("select set_config(?, ?, true)")) {
                        scope.setString(1, setting[0]);
                        scope.setString(2, setting[1]);
                        scope.executeQuery().close();
                    }
                }
                List<Object[]> rows = query(connection, sql, parameters);
                connection.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object[]> query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup("jdbc/coachkeepNonJta");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
