package com.coachkeep.support.application.service;

import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.support.application.port.in.AddSubProcessorCommand;
import com.coachkeep.support.application.port.in.ChangeSubProcessorCommand;
import com.coachkeep.support.application.port.in.ListSubProcessorsUseCase;
import com.coachkeep.support.application.port.in.ManageSubProcessorsUseCase;
import com.coachkeep.support.application.port.in.Reason;
import com.coachkeep.support.application.port.in.SubProcessorList;
import com.coachkeep.support.application.port.in.SubProcessorView;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.out.SubProcessorAnnouncementRepository;
import com.coachkeep.support.application.port.out.SubProcessorRepository;
import com.coachkeep.support.domain.SubProcessor;
import com.coachkeep.support.domain.SubProcessorAnnouncement;
import com.coachkeep.support.domain.SubProcessorId;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The sub-processor list: published to anyone, maintained from the console by admins and security officers with a
 * reason each time. Each change is audited with {@code material} telling whether coaches must be told (an addition,
 * or a change of purpose or region); a material change also starts an announcement to every coach, which a job sends
 * in batches ({@link SubProcessorAnnouncementService}).
 */
@ApplicationScoped
@Transactional
public class SubProcessorService implements ListSubProcessorsUseCase, ManageSubProcessorsUseCase {
    private final SubProcessorRepository subProcessors;
    private final SubProcessorAnnouncementRepository announcements;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public SubProcessorService(SubProcessorRepository subProcessors, SubProcessorAnnouncementRepository announcements, AuditTrail audit,
            Clock clock) {
        this.subProcessors = subProcessors;
        this.announcements = announcements;
        this.audit = audit;
        this.clock = clock;
    }

    protected SubProcessorService() {
        this(null, null, null, null);
    }

    @Override
    public SubProcessorList listCurrent() {
        return new SubProcessorList(subProcessors.listCurrent().stream().map(SubProcessorView::of).toList(),
                subProcessors.lastChanged().orElse(null));
    }

    @Override
    public SubProcessorView add(SupportActor actor, AddSubProcessorCommand c) {
        actor.require(SupportPermission.SUB_PROCESSORS_MANAGE);
        String why = Reason.require(c.reason());
        SubProcessor s = SubProcessor.add(SubProcessorId.random(), c.service(), c.purpose(), c.region(), c.dataCategories(), c.since(),
                clock.instant());
        subProcessors.add(s);
        Instant now = clock.instant();
        Instant effective = s.since().atStartOfDay(ZoneOffset.UTC).toInstant();
        announcements.add(SubProcessorAnnouncement.of("added", s, effective.isAfter(now) ? effective : now), now);
        audit.record(SupportAudit.of(actor, "sub_processor.added").target("sub_processor", s.id()).reason(why)
                .detail("service", s.service()).detail("purpose", s.purpose()).detail("region", s.region()).detail("material", true));
        return SubProcessorView.of(s);
    }

    @Override
    public SubProcessorView change(SupportActor actor, ChangeSubProcessorCommand c) {
        actor.require(SupportPermission.SUB_PROCESSORS_MANAGE);
        String why = Reason.require(c.reason());
        SubProcessor s = find(c.id());
        String oldPurpose = s.purpose();
        String oldRegion = s.region();
        boolean material = s.change(c.purpose(), c.region(), c.dataCategories(), clock.instant());
        subProcessors.update(s);
        if (material) {
            announcements.add(SubProcessorAnnouncement.of("changed", s, clock.instant()), clock.instant());
        }
        audit.record(SupportAudit.of(actor, "sub_processor.changed").target("sub_processor", s.id()).reason(why)
                .detail("service", s.service()).detail("purpose", oldPurpose.equals(s.purpose()) ? null : oldPurpose + " -> " + s.purpose())
                .detail("region", oldRegion.equals(s.region()) ? null : oldRegion + " -> " + s.region()).detail("material", material));
        return SubProcessorView.of(s);
    }

    @Override
    public SubProcessorView retire(SupportActor actor, String id, String reason) {
        actor.require(SupportPermission.SUB_PROCESSORS_MANAGE);
        String why = Reason.require(reason);
        SubProcessor s = find(id);
        s.retire(clock.instant());
        subProcessors.update(s);
        audit.record(SupportAudit.of(actor, "sub_processor.retired").target("sub_processor", s.id()).reason(why)
                .detail("service", s.service()));
        return SubProcessorView.of(s);
    }

    private SubProcessor find(String id) {
        return subProcessors.find(new SubProcessorId(Ids.parse(id))).orElseThrow(() -> new NotFoundException("sub-processor"));
    }
}
