package com.coachkeep.messaging.application.service;

import com.coachkeep.messaging.application.port.in.AnnounceUseCase;
import com.coachkeep.messaging.application.port.in.RunAnnouncementsUseCase;
import com.coachkeep.messaging.application.port.out.AnnouncementRepository;
import com.coachkeep.messaging.application.port.out.ConversationEventsPort;
import com.coachkeep.messaging.application.port.out.MessageRepository;
import com.coachkeep.messaging.domain.Announcement;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.application.port.in.ListClientsUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Announcements: the recipients are the clients the author may read now (as the roster lists them for the author),
 * narrowed to a tag or a status, fixed when the announcement is made; the job then sends each an individual message
 * from the author, with the placeholders filled in, a batch per transaction, under ids derived from the announcement
 * and the client (a retried batch never sends twice). Its progress is kept on the announcement.
 */
@ApplicationScoped
@Transactional
public class AnnouncementService implements AnnounceUseCase, RunAnnouncementsUseCase {
    /** The most clients one announcement reaches. */
    static final int MAX_RECIPIENTS = 5000;

    private final AnnouncementRepository announcements;
    private final MessageRepository messages;
    private final ConversationEventsPort events;
    private final ListClientsUseCase roster;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public AnnouncementService(AnnouncementRepository announcements, MessageRepository messages, ConversationEventsPort events,
            ListClientsUseCase roster, AuditTrail audit, Clock clock) {
        this.announcements = announcements;
        this.messages = messages;
        this.events = events;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    protected AnnouncementService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public Started announce(Actor actor, UUID announcementId, String text, String tag, String status) {
        actor.require(Permission.MESSAGES_SEND);
        Announcement.checkTemplate(text);
        String segmentTag = tag == null || tag.isBlank() ? null : tag.strip();
        if (segmentTag != null && segmentTag.length() > 40) {
            throw InvalidInputException.of("tag", "must be at most 40 characters");
        }
        ListClientsQuery.of(status, null, PageRequest.first(1)); // the status is checked before anything is looked up
        Optional<Announcement> stored = announcements.find(actor.workspaceId(), announcementId);
        if (stored.isPresent()) {
            if (stored.get().authorId().equals(actor.personId()) && text.equals(stored.get().text())) {
                return new Started(stored.get(), false); // a resend
            }
            throw new ConflictException("id-taken", "This announcement id is in use; choose a new UUID.");
        }
        List<ClientId> recipients = new ArrayList<>();
        String segmentStatus = null;
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (recipients.size() < MAX_RECIPIENTS) {
            ListClientsQuery query = ListClientsQuery.of(status, null, page);
            segmentStatus = query.status() == null ? null : query.status().name();
            Page<ClientView> found = roster.list(actor, query);
            for (ClientView c : found.items()) {
                if (segmentTag == null || (c.tags() != null && c.tags().stream().anyMatch(t -> t.equalsIgnoreCase(segmentTag)))) {
                    recipients.add(c.id());
                }
            }
            if (found.nextCursor() == null) {
                break;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, found.nextCursor());
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            recipients = recipients.subList(0, MAX_RECIPIENTS);
        }
        Instant now = clock.instant();
        Announcement a = new Announcement(announcementId, actor.workspaceId(), actor.personId(), text,
                segmentTag == null ? null : segmentTag.toLowerCase(Locale.ROOT), segmentStatus, recipients.size(), 0, 0,
                recipients.isEmpty() ? Announcement.Status.DONE : Announcement.Status.RUNNING, now, recipients.isEmpty() ? now : null);
        announcements.insert(a, recipients);
        audit.record(AuditRecord.of(actor, "announcement.created").target("announcement", announcementId).detail("recipients",
                recipients.size()).detail("tag", segmentTag).detail("status", segmentStatus));
        return new Started(a, true);
    }

    @Override
    public Announcement progress(Actor actor, UUID announcementId) {
        actor.require(Permission.MESSAGES_SEND);
        return announcements.find(actor.workspaceId(), announcementId).orElseThrow(() -> new NotFoundException("announcement"));
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<UUID[]> running(int limit) {
        return announcements.running(limit);
    }

    @Override
    public int sendNext(UUID workspaceId, UUID announcementId, int batch) {
        WorkspaceId ws = new WorkspaceId(workspaceId);
        Optional<AnnouncementRepository.Claimed> claimed = announcements.claim(ws, announcementId);
        if (claimed.isEmpty()) {
            return 0;
        }
        Announcement a = claimed.get().announcement();
        Instant now = clock.instant();
        List<AnnouncementRepository.Recipient> next = announcements.pending(ws, announcementId, batch);
        List<ClientId> sent = new ArrayList<>();
        List<ClientId> skipped = new ArrayList<>();
        for (AnnouncementRepository.Recipient r : next) {
            UUID id = Announcement.messageId(announcementId, r.clientId().value());
            if (!claimed.get().authorActive() || a.text() == null || messages.idTaken(ws, id)) {
                skipped.add(r.clientId()); // the author left, or the text is gone, or it was sent already
                continue;
            }
            long event = messages.nextEvent(ws, r.clientId(), now);
            messages.insert(new Message(id, ws, r.clientId(), event, event, a.authorId(), true, Announcement.render(a.text(), r.displayName()),
                    null, now, null, null));
            events.published(ws, r.clientId(), event);
            sent.add(r.clientId());
        }
        announcements.progressed(ws, announcementId, sent, skipped, now);
        return sent.size();
    }
}
