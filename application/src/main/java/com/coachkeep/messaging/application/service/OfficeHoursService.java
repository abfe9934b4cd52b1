package com.coachkeep.messaging.application.service;

import com.coachkeep.messaging.application.port.in.OfficeHoursUseCase;
import com.coachkeep.messaging.application.port.out.OfficeHoursRepository;
import com.coachkeep.messaging.domain.OfficeHours;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The workspace's office hours: read by whoever may message, set by the owner (audited). */
@ApplicationScoped
@Transactional
public class OfficeHoursService implements OfficeHoursUseCase {
    private final OfficeHoursRepository hours;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public OfficeHoursService(OfficeHoursRepository hours, AuditTrail audit, Clock clock) {
        this.hours = hours;
        this.audit = audit;
        this.clock = clock;
    }

    protected OfficeHoursService() {
        this(null, null, null);
    }

    @Override
    public Optional<OfficeHours> get(Actor actor) {
        if (actor.staff()) {
            actor.require(Permission.MESSAGES_READ_ASSIGNED);
        } else {
            actor.require(Permission.SELF_MESSAGES);
        }
        return hours.find(actor.workspaceId());
    }

    @Override
    public OfficeHours set(Actor actor, OfficeHours h) {
        actor.require(Permission.WORKSPACE_MANAGE);
        hours.save(actor.workspaceId(), h, clock.instant());
        audit.record(AuditRecord.of(actor, "messaging.office_hours_set").detail("timeZone", h.zone().getId()).detail("hours", h.hoursText())
                .detail("autoReply", h.autoReply()));
        return h;
    }
}
