package com.coachkeep.support.application.service;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.SupportActor;
import java.util.Map;

/**
 * Audit records of console actions: by support staff, with their internal role, in the platform trail, and, for an
 * action that concerns a workspace, also in that workspace's own trail, where its owner reads it. When both are
 * written in one transaction the workspace's goes first, always, so that two transactions never lock the two chain
 * heads in opposite orders.
 */
final class SupportAudit {
    private SupportAudit() {
    }

    static AuditRecord of(SupportActor actor, String action) {
        return in(AuditEntry.PLATFORM, actor, action);
    }

    static AuditRecord in(WorkspaceId workspaceId, SupportActor actor, String action) {
        return new AuditRecord(workspaceId, AuditRecord.By.SUPPORT, actor.staffId(), action, null, null, null,
                Map.of("internalRole", actor.role().name().toLowerCase(java.util.Locale.ROOT)));
    }
}
