package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one shape of the tables that mirror a connected account's Stripe objects (invoices, charges, refunds, disputes):
 * a row per Stripe id in the workspace, its first column, beside the account's id, its second. The inbox locks the row,
 * decides on it whether the event is newer than the row's {@link com.coachkeep.billing.domain.StripeVersion}
 * ({@code state_at}, {@code state_event_id}), and saves the newer state whole: inserted, or every column but the two
 * ids updated, and only when the stored state is older. Two events of a new object applied at once find no row to lock:
 * the {@link CreationLock} serializes them, and the upsert's own condition stands behind it. Lists are the table's own order, at most 500 rows.
 *
 * @param <T> the mirrored aggregate
 */
abstract class MirroredRowRepository<T> {
    static final int LIST_LIMIT = 500;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    private final List<Column<T>> columns;
    private final Function<T, WorkspaceId> workspace;
    private final BiFunction<WorkspaceId, Object[], T> row;
    private final String table;
    private final String lock;
    private final String upsert;
    private final String list;

    /**
     * @param table     the table (a name from code)
     * @param columns   every column but {@code workspace_id}, in the order {@code row} reads them: the Stripe id first, the
     *                  connected account's id second
     * @param order     the {@code order by} of {@link #list}
     * @param workspace the aggregate's workspace
     * @param row       the aggregate of a row of {@code columns}
     */
    MirroredRowRepository(String table, List<Column<T>> columns, String order, Function<T, WorkspaceId> workspace,
            BiFunction<WorkspaceId, Object[], T> row) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.workspace = workspace;
        this.row = row;
        String names = this.columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String key = this.columns.get(0).name();
        this.lock = "select " + names + " from " + table + " where workspace_id = cast(?1 as uuid) and " + key + " = ?2 for update";
        this.list = "select " + names + " from " + table + " where workspace_id = cast(?1 as uuid) order by " + order + " limit " + LIST_LIMIT;
        String values = IntStream.range(0, this.columns.size()).mapToObj(i -> this.columns.get(i).placeholder(i + 2))
                .collect(Collectors.joining(", "));
        String updates = this.columns.stream().skip(2).map(c -> c.name() + " = excluded." + c.name()).collect(Collectors.joining(", "));
        // Only a newer state replaces the row, here as well as in the inbox's decision: two events of a new object
        // applied at once both find no row to lock, and the older one must not overwrite the newer one's insert.
        // (Event ids compared byte by byte, as StripeVersion compares them.)
        this.upsert = "insert into " + table + " as m (workspace_id, " + names + ") values (cast(?1 as uuid), " + values + ") "
                + "on conflict (workspace_id, " + key + ") do update set " + updates
                + " where m.state_at is null or (m.state_at, m.state_event_id collate \"C\") < (excluded.state_at, excluded.state_event_id collate \"C\")";
    }

    /** The row of this Stripe id, locked for this transaction (as is its creation, when there is no row yet). */
    @SuppressWarnings("unchecked")
    public Optional<T> lock(WorkspaceId w, String stripeId) {
        tenant.workspace(w);
        CreationLock.take(em, table, w, stripeId);
        List<Object[]> rows = em.createNativeQuery(lock).setParameter(1, w.value().toString()).setParameter(2, stripeId).getResultList();
        return rows.stream().findFirst().map(r -> row.apply(w, r));
    }

    /** Inserts the row, or replaces every column of it but its two ids when the stored state is older. */
    public void save(T mirrored) {
        WorkspaceId w = workspace.apply(mirrored);
        tenant.workspace(w);
        Query q = em.createNativeQuery(upsert).setParameter(1, w.value().toString());
        for (int i = 0; i < columns.size(); i++) {
            q.setParameter(i + 2, columns.get(i).parameter(mirrored));
        }
        q.executeUpdate();
    }

    /** The workspace's rows in the table's order, at most {@value #LIST_LIMIT}. */
    @SuppressWarnings("unchecked")
    public List<T> list(WorkspaceId w) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery(list).setParameter(1, w.value().toString()).getResultList();
        return rows.stream().map(r -> row.apply(w, r)).toList();
    }

    /** A column and the aggregate's value for it; a {@code timestamptz} column takes an {@link Instant}. */
    record Column<T>(String name, boolean timestamp, Function<T, ?> value) {
        static <T> Column<T> of(String name, Function<T, ?> value) {
            return new Column<>(name, false, value);
        }

        static <T> Column<T> at(String name, Function<T, Instant> value) {
            return new Column<>(name, true, value);
        }

        String placeholder(int position) {
            return timestamp ? "cast(?" + position + " as timestamptz)" : "?" + position;
        }

        Object parameter(T mirrored) {
            Object v = value.apply(mirrored);
            return timestamp ? Rows.param((Instant) v) : v;
        }
    }
}
