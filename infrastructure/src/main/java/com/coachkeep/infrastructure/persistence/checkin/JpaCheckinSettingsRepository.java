package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.CheckinSettingsRepository;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The workspace's check-in settings (the response-time target). */
@ApplicationScoped
public class JpaCheckinSettingsRepository implements CheckinSettingsRepository {
    static final int DEFAULT_TARGET_HOURS = 24;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public int responseTargetHours(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        List<?> rows = em.createNativeQuery("select response_target_hours from checkin_settings where workspace_id = ?1")
                .setParameter(1, workspaceId.value()).getResultList();
        return rows.isEmpty() ? DEFAULT_TARGET_HOURS : ((Number) rows.get(0)).intValue();
    }

    @Override
    public void saveResponseTargetHours(WorkspaceId workspaceId, int hours) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("insert into checkin_settings (workspace_id, response_target_hours, updated_at) values (?1, ?2, ?3) "
                        + "on conflict (workspace_id) do update set response_target_hours = excluded.response_target_hours, updated_at = excluded.updated_at")
                .setParameter(1, workspaceId.value()).setParameter(2, hours).setParameter(3, Persistence.toDb(Instant.now())).executeUpdate();
    }
}
