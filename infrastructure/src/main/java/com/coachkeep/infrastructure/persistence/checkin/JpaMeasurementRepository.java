package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.MeasurementRepository;
import com.coachkeep.checkin.domain.Dimension;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Body metrics, one row per value, and the workspace's measurement types. */
@ApplicationScoped
public class JpaMeasurementRepository implements MeasurementRepository {
    /** Rows per insert statement: a long import is stored in a few statements, not one per row. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(List<Measurement> measurements) {
        if (measurements.isEmpty()) {
            return;
        }
        tenant.workspace(measurements.get(0).workspaceId());
        for (int start = 0; start < measurements.size(); start += BATCH) {
            List<Measurement> chunk = measurements.subList(start, Math.min(measurements.size(), start + BATCH));
            StringBuilder sql = new StringBuilder("insert into body_metric (workspace_id, " + CheckinSql.METRIC_COLUMNS + ") values ");
            int p = 1;
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(p++).append(", ?").append(p++).append(", ?").append(p++).append(", ?").append(p++)
                        .append(", cast(?").append(p++).append(" as date), ?").append(p++).append(", ?").append(p++).append(", ?").append(p++)
                        .append(", ?").append(p++).append(", cast(?").append(p++).append(" as uuid), cast(?").append(p++).append(" as uuid), ?")
                        .append(p++).append(")");
            }
            var q = em.createNativeQuery(sql.toString());
            p = 1;
            for (Measurement m : chunk) {
                q.setParameter(p++, m.workspaceId().value()).setParameter(p++, m.id()).setParameter(p++, m.clientId().value()).setParameter(p++, m.typeKey())
                        .setParameter(p++, CheckinSql.param(m.measuredOn())).setParameter(p++, m.value()).setParameter(p++, m.enteredValue())
                        .setParameter(p++, m.enteredUnit()).setParameter(p++, m.source().name())
                        .setParameter(p++, m.checkinId() == null ? null : m.checkinId().toString()).setParameter(p++, CheckinSql.personParam(m.recordedBy()))
                        .setParameter(p++, Persistence.toDb(m.recordedAt()));
            }
            q.executeUpdate();
        }
    }

    @Override
    public void removeOfCheckin(WorkspaceId workspaceId, java.util.UUID checkinId) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("delete from body_metric where workspace_id = ?1 and checkin_id = ?2").setParameter(1, workspaceId.value())
                .setParameter(2, checkinId).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Measurement> ofCheckin(WorkspaceId workspaceId, java.util.UUID checkinId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + CheckinSql.METRIC_COLUMNS + " from body_metric where workspace_id = ?1 and checkin_id = ?2 "
                + "order by type_key").setParameter(1, workspaceId.value()).setParameter(2, checkinId).getResultList();
        return rows.stream().map(r -> CheckinSql.metric(workspaceId, r)).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Measurement> series(WorkspaceId workspaceId, ClientId clientId, String typeKey, LocalDate from) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + CheckinSql.METRIC_COLUMNS + " from body_metric where workspace_id = ?1 and client_id = ?2 "
                        + "and type_key = ?3 and measured_on >= cast(?4 as date) order by measured_on, recorded_at, id")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, typeKey).setParameter(4, CheckinSql.param(from))
                .getResultList();
        return rows.stream().map(r -> CheckinSql.metric(workspaceId, r)).toList();
    }

    @Override
    public int removeImported(WorkspaceId workspaceId, ClientId clientId, String typeKey, List<LocalDate> days) {
        if (days.isEmpty()) {
            return 0;
        }
        tenant.workspace(workspaceId);
        return em.createNativeQuery("delete from body_metric where workspace_id = ?1 and client_id = ?2 and type_key = ?3 and source = 'IMPORTED' "
                        + "and measured_on = any(cast(?4 as date[]))")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, typeKey)
                .setParameter(4, "{" + String.join(",", days.stream().map(LocalDate::toString).toList()) + "}").executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MetricType> customTypes(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select key, name, dimension, unit from metric_type where workspace_id = ?1 order by name, key")
                .setParameter(1, workspaceId.value()).getResultList();
        return rows.stream().map(JpaMeasurementRepository::type).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<MetricType> customType(WorkspaceId workspaceId, String key) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select key, name, dimension, unit from metric_type where workspace_id = ?1 and key = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(JpaMeasurementRepository::type);
    }

    @Override
    public void saveType(WorkspaceId workspaceId, MetricType t) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("insert into metric_type (workspace_id, key, name, dimension, unit, created_at) values (?1, ?2, ?3, ?4, ?5, ?6) "
                        + "on conflict (workspace_id, key) do update set name = excluded.name")
                .setParameter(1, workspaceId.value()).setParameter(2, t.key()).setParameter(3, t.name()).setParameter(4, t.dimension().name())
                .setParameter(5, t.unit()).setParameter(6, Persistence.toDb(Instant.now())).executeUpdate();
    }

    private static MetricType type(Object[] r) {
        return new MetricType(Rows.text(r[0]), Rows.text(r[1]), Dimension.valueOf(Rows.text(r[2])), Rows.text(r[3]), false);
    }
}
