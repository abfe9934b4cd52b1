package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.out.IncidentRepository;
import com.coachkeep.support.domain.Incident;
import com.coachkeep.support.domain.IncidentId;
import com.coachkeep.support.domain.IncidentSeverity;
import com.coachkeep.support.domain.IncidentUpdate;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Incidents in native SQL. The links to workspaces are tenant rows: each is written under its own workspace, and read
 * across workspaces as the worker role ({@link TenantScope#supportIncidents()}, read only).
 */
@ApplicationScoped
public class JpaIncidentRepository implements IncidentRepository {
    private static final String COLUMNS = "id, public_title, what_happened, data_affected, remediation, severity, detected_at, "
            + "recorded_at, resolved_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Inject
    TenantScope tenant;

    @Override
    public void add(Incident i) {
        em.createNativeQuery("insert into incident (" + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, i.id().toString()).setParameter(2, i.publicTitle()).setParameter(3, i.whatHappened())
                .setParameter(4, String.join("\n", i.dataAffected())).setParameter(5, i.remediation()).setParameter(6, i.severity().name())
                .setParameter(7, Persistence.toDb(i.detectedAt())).setParameter(8, Persistence.toDb(i.recordedAt()))
                .setParameter(9, Persistence.toDb(i.resolvedAt())).executeUpdate();
        for (IncidentUpdate u : i.updates()) {
            insertUpdate(i.id(), u);
        }
        if (!i.affectedWorkspaces().isEmpty()) {
            for (WorkspaceId w : i.affectedWorkspaces()) {
                tenant.workspace(w);
                em.createNativeQuery("insert into incident_workspace (workspace_id, incident_id) values (cast(?1 as uuid), cast(?2 as uuid))")
                        .setParameter(1, w.value().toString()).setParameter(2, i.id().toString()).executeUpdate();
            }
        }
    }

    private void insertUpdate(IncidentId id, IncidentUpdate u) {
        em.createNativeQuery("insert into incident_update (id, incident_id, posted_at, text, resolves) values (cast(?1 as uuid), "
                        + "cast(?2 as uuid), ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, id.toString()).setParameter(3, Persistence.toDb(u.postedAt()))
                .setParameter(4, u.text()).setParameter(5, u.resolves()).executeUpdate();
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return rows("select " + COLUMNS + " from incident where id = cast(?1 as uuid)", id.toString()).stream().findFirst();
    }

    @Override
    public void addUpdate(IncidentId id, IncidentUpdate update, Instant resolvedAt) {
        insertUpdate(id, update);
        em.createNativeQuery("update incident set resolved_at = ?2 where id = cast(?1 as uuid)").setParameter(1, id.toString())
                .setParameter(2, Persistence.toDb(resolvedAt)).executeUpdate();
    }

    @Override
    public List<Incident> list(int limit) {
        return rows("select " + COLUMNS + " from incident order by recorded_at desc, id limit ?1", limit);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PublicIncident> listPublic(Instant resolvedSince, int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, public_title, resolved_at from incident where resolved_at is null "
                        + "or resolved_at >= ?1 order by recorded_at desc, id limit ?2")
                .setParameter(1, Persistence.toDb(resolvedSince)).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new PublicIncident(SupportRows.uuid(r[0]).toString(), (String) r[1], r[2] != null,
                updates(SupportRows.uuid(r[0])))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Incident> rows(String sql, Object parameter) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> {
            UUID incident = SupportRows.uuid(r[0]);
            String data = (String) r[3];
            return new Incident(new IncidentId(incident), (String) r[1], (String) r[2],
                    data.isEmpty() ? List.of() : Arrays.asList(data.split("\n")), (String) r[4], IncidentSeverity.valueOf(((String) r[5]).strip()),
                    workspaces(incident), SupportRows.instant(r[6]), SupportRows.instant(r[7]), updates(incident), SupportRows.instant(r[8]));
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<IncidentUpdate> updates(UUID incident) {
        List<Object[]> rows = em.createNativeQuery("select posted_at, text, resolves from incident_update where incident_id = cast(?1 as uuid) "
                + "order by posted_at, id").setParameter(1, incident.toString()).getResultList();
        return rows.stream().map(r -> new IncidentUpdate(SupportRows.instant(r[0]), (String) r[1], (Boolean) r[2])).toList();
    }

    @SuppressWarnings("unchecked")
    private Set<WorkspaceId> workspaces(UUID incident) {
        List<Object> rows = tenant.supportIncidents().column("select workspace_id from incident_workspace where incident_id = ?",
                incident);
        Set<WorkspaceId> out = new LinkedHashSet<>();
        rows.forEach(w -> out.add(new WorkspaceId(SupportRows.uuid(w))));
        return out;
    }
}
