package com.coachkeep.support.application.port.in;

import java.util.List;

/**
 * Security incidents (P-INC-1), for security officers only, each action with a reason in the platform audit trail.
 * Recording one emails the owner of every affected workspace through the outbox and publishes its first update.
 */
public interface ManageIncidentsUseCase {
    int MAX = 200;

    IncidentView record(SupportActor actor, RecordIncidentCommand command);

    IncidentView postUpdate(SupportActor actor, String incidentId, String publicText, String reason);

    IncidentView resolve(SupportActor actor, String incidentId, String publicText, String reason);

    /** The newest incidents first. */
    List<IncidentView> list(SupportActor actor);
}
