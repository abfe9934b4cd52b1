package com.coachkeep.support.application.service;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.support.application.port.in.SupportActor;
import java.util.Map;

/** Audit records of console actions: by support staff, in the platform trail, with their internal role. */
final class SupportAudit {
    private SupportAudit() {
    }

    static AuditRecord of(SupportActor actor, String action) {
        return new AuditRecord(AuditEntry.PLATFORM, AuditRecord.By.SUPPORT, actor.staffId(), action, null, null, null,
                Map.of("internalRole", actor.role().name().toLowerCase(java.util.Locale.ROOT)));
    }
}
