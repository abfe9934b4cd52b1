package com.coachkeep.messaging.application.service;

import com.coachkeep.messaging.application.port.in.DeliverScheduledMessagesUseCase;
import com.coachkeep.messaging.application.port.in.ScheduleMessageUseCase;
import com.coachkeep.messaging.application.port.in.ScheduledView;
import com.coachkeep.messaging.application.port.out.ConversationEventsPort;
import com.coachkeep.messaging.application.port.out.MessageReferencePort;
import com.coachkeep.messaging.application.port.out.MessageRepository;
import com.coachkeep.messaging.application.port.out.ScheduledMessageRepository;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.messaging.domain.ScheduledMessage;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages scheduled to be sent later: scheduled, listed and cancelled by their author (who must be allowed to send
 * now), and sent by the scheduler when due, each in its own transaction, under the same id, as a message of the
 * conversation like any other (numbered, published to live listeners). A message whose author is no longer an active
 * member when it falls due is dropped: a removed coach sends nothing more.
 */
@ApplicationScoped
@Transactional
public class ScheduledMessageService implements ScheduleMessageUseCase, DeliverScheduledMessagesUseCase {
    private final ScheduledMessageRepository scheduled;
    private final MessageRepository messages;
    private final MessageReferencePort references;
    private final ConversationEventsPort events;
    private final ConversationAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ScheduledMessageService(ScheduledMessageRepository scheduled, MessageRepository messages, MessageReferencePort references,
            ConversationEventsPort events, GetClientUseCase clients, AuditTrail audit, Clock clock) {
        this.scheduled = scheduled;
        this.messages = messages;
        this.references = references;
        this.events = events;
        this.access = new ConversationAccess(clients);
        this.audit = audit;
        this.clock = clock;
    }

    protected ScheduledMessageService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public ScheduledView schedule(Actor actor, ClientId clientId, UUID messageId, String text, Message.Reference about, Instant requestedAt) {
        ClientId client = access.toWrite(actor, clientId);
        // to the millisecond: what is stored compares equal with a resend of the same request
        Instant sendAt = requestedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Message.checkText("text", text);
        Instant now = clock.instant();
        if (!sendAt.isAfter(now)) {
            throw InvalidInputException.of("sendAt", "must be in the future (to send now, leave it out)");
        }
        if (sendAt.isAfter(now.plus(ScheduledMessage.HORIZON))) {
            throw InvalidInputException.of("sendAt", "must be within " + ScheduledMessage.HORIZON.toDays() + " days");
        }
        if (about != null && !references.exists(actor.workspaceId(), client, about)) {
            throw InvalidInputException.of("about", "names no " + about.type() + " of this client");
        }
        Optional<ScheduledMessage> stored = scheduled.find(actor.workspaceId(), messageId);
        if (stored.isPresent() && stored.get().clientId().equals(client) && stored.get().sameAs(actor.personId(), text, about, sendAt)) {
            return new ScheduledView(stored.get(), false); // a resend
        }
        if (stored.isPresent() || messages.idTaken(actor.workspaceId(), messageId)) {
            throw new ConflictException("id-taken", "This message id is in use; choose a new UUID.");
        }
        ScheduledMessage m = new ScheduledMessage(messageId, actor.workspaceId(), client, actor.personId(), actor.staff(), text, about, sendAt,
                now);
        scheduled.insert(m);
        audit.record(AuditRecord.of(actor, "message.scheduled").target("client", client).detail("message", messageId.toString())
                .detail("sendAt", sendAt.toString()));
        return new ScheduledView(m, true);
    }

    @Override
    public List<ScheduledView> scheduled(Actor actor, ClientId clientId) {
        ClientId client = access.toWrite(actor, clientId);
        return scheduled.byAuthor(actor.workspaceId(), client, actor.personId()).stream().map(m -> new ScheduledView(m, false)).toList();
    }

    @Override
    public void cancel(Actor actor, ClientId clientId, UUID messageId) {
        ClientId client = access.toWrite(actor, clientId);
        ScheduledMessage m = scheduled.find(actor.workspaceId(), messageId).filter(x -> x.clientId().equals(client))
                .filter(x -> x.authorId().equals(actor.personId())).orElseThrow(() -> new NotFoundException("scheduled message"));
        scheduled.delete(actor.workspaceId(), m.id());
        audit.record(AuditRecord.of(actor, "message.schedule_cancelled").target("client", client).detail("message", messageId.toString()));
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<UUID[]> due(int limit) {
        return scheduled.due(clock.instant(), limit);
    }

    @Override
    public boolean deliver(UUID workspaceId, UUID messageId) {
        WorkspaceId ws = new WorkspaceId(workspaceId);
        Instant now = clock.instant();
        Optional<ScheduledMessageRepository.Claimed> claimed = scheduled.claim(ws, messageId, now);
        if (claimed.isEmpty()) {
            return false;
        }
        ScheduledMessage m = claimed.get().message();
        scheduled.delete(ws, messageId);
        if (!claimed.get().authorActive() || m.text() == null) {
            return false; // the author left (or the client's key is gone): nothing is sent in their name
        }
        long event = messages.nextEvent(ws, m.clientId(), now);
        messages.insert(m.sentAs(event, now));
        events.published(ws, m.clientId(), event);
        return true;
    }
}
