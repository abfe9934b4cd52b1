package com.coachkeep.infrastructure.persistence.notification;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Email preferences belong to a person across workspaces, not to a workspace: a client's export holds the client's
 * own preferences (which optional emails they turned off; never the unsubscribe token, a secret); the owner's export
 * of the workspace holds none.
 */
@ApplicationScoped
public class NotificationDataExport implements PersonalDataExportPort {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "notification";
    }

    @Override
    public List<String> tables() {
        return List.of("notification_preference");
    }

    @Override
    public String readme() {
        return """
                    preferences.json          which optional emails the person receives (in a client's own export only)""";
    }

    @Override
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        // preferences are the people's own, not the workspace's
    }

    @Override
    @SuppressWarnings("unchecked")
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        List<Object> person = em.createNativeQuery("select person_id from client where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        if (person.isEmpty() || person.get(0) == null) {
            return;
        }
        List<Object[]> rows = em.createNativeQuery("select opted_out, updated_at from notification_preference where person_id = cast(?1 as uuid)")
                .setParameter(1, person.get(0).toString()).getResultList();
        Map<String, Object> preferences = new LinkedHashMap<>();
        List<String> off = rows.isEmpty() ? List.of()
                : Arrays.stream(((String) rows.get(0)[0]).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Map<String, Object> categories = new LinkedHashMap<>();
        for (NotificationCategory c : NotificationCategory.values()) {
            categories.put(c.id(), !off.contains(c.id()));
        }
        preferences.put("optionalEmails", categories);
        preferences.put("updatedAt", rows.isEmpty() || rows.get(0)[1] == null ? null : Rows.instant(rows.get(0)[1]).toString());
        archive.json("preferences.json", preferences);
    }
}
