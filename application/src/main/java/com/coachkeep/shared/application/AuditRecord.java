package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.WorkspaceId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A security-relevant fact a use case reports to the audit trail: who ({@link By} and an id), what (a dotted
 * action code such as {@code staff.role_changed}), on what (target type and id), why (a reason, where one is
 * required) and a few details (ids, old and new values; never coaching content, never secrets).
 */
public record AuditRecord(WorkspaceId workspaceId, By by, String actorId, String action, String targetType,
        String targetId, String reason, Map<String, String> details) {
    /** The kinds of actor. */
    public enum By { PERSON, SUPPORT, SYSTEM, ANONYMOUS }

    public AuditRecord {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A member of the workspace acting through a use case. */
    public static AuditRecord of(Actor actor, String action) {
        return new AuditRecord(actor.workspaceId(), By.PERSON, actor.personId().toString(), action, null, null, null, Map.of());
    }

    /** A signed-in person acting on a workspace they may not (yet) belong to. */
    public static AuditRecord ofPerson(WorkspaceId workspaceId, Caller caller, String action) {
        return new AuditRecord(workspaceId, By.PERSON, caller.personId().toString(), action, null, null, null, Map.of());
    }

    public AuditRecord target(String type, Object id) {
        return new AuditRecord(workspaceId, by, actorId, action, type, id == null ? null : id.toString(), reason, details);
    }

    public AuditRecord reason(String why) {
        return new AuditRecord(workspaceId, by, actorId, action, targetType, targetId, why, details);
    }

    public AuditRecord detail(String key, Object value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        if (value != null) {
            more.put(key, value.toString());
        }
        return new AuditRecord(workspaceId, by, actorId, action, targetType, targetId, reason, more);
    }
}
