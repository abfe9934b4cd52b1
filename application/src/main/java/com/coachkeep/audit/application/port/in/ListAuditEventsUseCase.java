package com.coachkeep.audit.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Page;

/** The workspace's audit trail, newest first, for those allowed to read it (the owner). */
public interface ListAuditEventsUseCase {
    Page<AuditEventView> list(Actor actor, AuditEventsQuery query);
}
