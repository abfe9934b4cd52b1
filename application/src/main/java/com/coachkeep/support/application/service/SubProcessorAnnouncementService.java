package com.coachkeep.support.application.service;

import com.coachkeep.shared.application.AppLinks;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.support.application.port.in.SendSubProcessorAnnouncementsUseCase;
import com.coachkeep.support.application.port.out.CoachDirectoryPort;
import com.coachkeep.support.application.port.out.CoachDirectoryPort.Coach;
import com.coachkeep.support.application.port.out.SubProcessorAnnouncementRepository;
import com.coachkeep.support.domain.SubProcessorAnnouncement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends sub-processor announcements in batches. Each email is the optional {@code sub-processor-change} email: the
 * outbox checks the recipient's notification preferences when it sends, so a coach who turned the category off is
 * not emailed (the list stays public either way).
 */
@ApplicationScoped
@Transactional
public class SubProcessorAnnouncementService implements SendSubProcessorAnnouncementsUseCase {
    private final SubProcessorAnnouncementRepository announcements;
    private final CoachDirectoryPort coaches;
    private final MailPort mail;
    private final AppLinks links;
    private final Clock clock;
    private final int batch;

    @Inject
    public SubProcessorAnnouncementService(SubProcessorAnnouncementRepository announcements, CoachDirectoryPort coaches, MailPort mail,
            AppLinks links, Clock clock) {
        this(announcements, coaches, mail, links, clock, BATCH);
    }

    SubProcessorAnnouncementService(SubProcessorAnnouncementRepository announcements, CoachDirectoryPort coaches, MailPort mail,
            AppLinks links, Clock clock, int batch) {
        this.announcements = announcements;
        this.coaches = coaches;
        this.mail = mail;
        this.links = links;
        this.clock = clock;
        this.batch = batch;
    }

    protected SubProcessorAnnouncementService() {
        this(null, null, null, null, null, BATCH);
    }

    @Override
    public int sendNextBatch() {
        var next = announcements.lockNextPending();
        if (next.isEmpty()) {
            return 0;
        }
        SubProcessorAnnouncement a = next.get();
        List<Coach> page = coaches.coachesAfter(a.cursor(), batch);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("name", a.service());
        change.put("purpose", a.purpose());
        change.put("location", a.region());
        change.put("change", a.change());
        for (Coach c : page) {
            mail.enqueue(new MailPort.Email(EmailTemplate.SUB_PROCESSOR_CHANGE, new MailPort.Recipient(c.email(), c.name(), c.personId()),
                    null, Locale.ENGLISH, MailPort.Branding.platform(),
                    Map.of("effectiveAt", a.effectiveAt().toString(), "listUrl", links.subProcessorList(), "changes", List.of(change)),
                    "sub-processor-change:" + a.id() + ":" + c.personId().value()));
        }
        announcements.advance(a.id(), page.isEmpty() ? a.cursor() : page.get(page.size() - 1).personId(), page.size() < batch,
                clock.instant());
        return page.size();
    }
}
