package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.SetResponseTargetUseCase;
import com.coachkeep.checkin.application.port.out.CheckinSettingsRepository;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The workspace's response-time target for reviews, set by those who manage check-in forms. */
@ApplicationScoped
@Transactional
public class SetResponseTargetService implements SetResponseTargetUseCase {
    private final CheckinSettingsRepository settings;
    private final AuditTrail audit;

    @Inject
    public SetResponseTargetService(CheckinSettingsRepository settings, AuditTrail audit) {
        this.settings = settings;
        this.audit = audit;
    }

    protected SetResponseTargetService() {
        this(null, null);
    }

    @Override
    public int set(Actor actor, Integer hours) {
        actor.require(Permission.CHECKIN_FORMS_MANAGE);
        if (hours == null || hours < 1 || hours > 168) {
            throw InvalidInputException.of("hours", "must be 1–168");
        }
        settings.saveResponseTargetHours(actor.workspaceId(), hours);
        audit.record(AuditRecord.of(actor, "checkin_settings.response_target_set").detail("hours", hours));
        return hours;
    }
}
