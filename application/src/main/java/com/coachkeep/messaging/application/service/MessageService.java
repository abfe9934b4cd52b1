package com.coachkeep.messaging.application.service;

import com.coachkeep.messaging.application.port.in.ConversationView;
import com.coachkeep.messaging.application.port.in.EditMessageUseCase;
import com.coachkeep.messaging.application.port.in.InboxView;
import com.coachkeep.messaging.application.port.in.MessagePage;
import com.coachkeep.messaging.application.port.in.MessageView;
import com.coachkeep.messaging.application.port.in.ReadConversationUseCase;
import com.coachkeep.messaging.application.port.in.SendMessageUseCase;
import com.coachkeep.messaging.application.port.in.SentView;
import com.coachkeep.messaging.application.port.out.AttachmentFileStorePort;
import com.coachkeep.messaging.application.port.out.AttachmentRepository;
import com.coachkeep.messaging.application.port.out.ConversationEventsPort;
import com.coachkeep.messaging.application.port.out.MessageReferencePort;
import com.coachkeep.messaging.application.port.out.MessageRepository;
import com.coachkeep.messaging.application.port.out.OfficeHoursRepository;
import com.coachkeep.messaging.domain.Attachment;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.messaging.domain.OfficeHours;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's conversation with their coaching team. Staff read with {@code messages_read_assigned} and write with
 * {@code messages_send}, a client both with {@code self_messages}; then the roster decides whether the actor sees the
 * client at all (assigned clients, every client, or oneself), read from the database on every call, so a removed staff
 * member or a revoked client loses the conversation at once.
 */
@ApplicationScoped
@Transactional
public class MessageService implements SendMessageUseCase, EditMessageUseCase, ReadConversationUseCase {
    /** The largest page of messages. */
    public static final int MAX_PAGE = 100;
    /** The most clients an inbox covers. */
    static final int MAX_INBOX_CLIENTS = 5000;
    /** At most one automatic reply per conversation in this time. */
    static final java.time.Duration AUTOMATIC_REPLY_GAP = java.time.Duration.ofHours(12);

    private final MessageRepository messages;
    private final AttachmentRepository attachments;
    private final AttachmentFileStorePort attachmentFiles;
    private final MessageReferencePort references;
    private final OfficeHoursRepository officeHours;
    private final ConversationEventsPort events;
    private final GetClientUseCase clients;
    private final ConversationAccess access;
    private final ListClientsUseCase roster;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public MessageService(MessageRepository messages, AttachmentRepository attachments, AttachmentFileStorePort attachmentFiles,
            MessageReferencePort references, OfficeHoursRepository officeHours, ConversationEventsPort events, GetClientUseCase clients,
            ListClientsUseCase roster, AuditTrail audit, Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.attachmentFiles = attachmentFiles;
        this.references = references;
        this.officeHours = officeHours;
        this.events = events;
        this.clients = clients;
        this.access = new ConversationAccess(clients);
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    protected MessageService() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public SentView send(Actor actor, ClientId clientId, UUID messageId, String text, Message.Reference about, List<UUID> attachmentIds) {
        ClientId client = access.toWrite(actor, clientId);
        List<UUID> wanted = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        if (text != null || wanted.isEmpty()) {
            Message.checkText("text", text);
        }
        if (wanted.size() > Attachment.MAX_PER_MESSAGE) {
            throw InvalidInputException.of("attachments", "must be at most " + Attachment.MAX_PER_MESSAGE);
        }
        if (new HashSet<>(wanted).size() != wanted.size()) {
            throw InvalidInputException.of("attachments", "must not name an attachment twice");
        }
        if (about != null && !references.exists(actor.workspaceId(), client, about)) {
            throw InvalidInputException.of("about", "names no " + about.type() + " of this client");
        }
        Optional<Message> stored = messages.find(actor.workspaceId(), client, messageId);
        if (stored.isPresent()) {
            MessageView view = view(stored.get());
            if (stored.get().sameAs(actor.personId(), text, about) && !stored.get().deleted()
                    && view.attachments().stream().map(Attachment::id).toList().equals(wanted)) {
                return new SentView(view, false); // a resend: nothing changes
            }
            throw new ConflictException("id-taken", "This message id is in use; choose a new UUID.");
        }
        if (messages.idTaken(actor.workspaceId(), messageId)) {
            throw new ConflictException("id-taken", "This message id is in use; choose a new UUID.");
        }
        List<Attachment> sending = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            sending.add(attachments.find(actor.workspaceId(), client, wanted.get(i))
                    .filter(a -> a.uploadedBy().equals(actor.personId()) && !a.sent())
                    .orElseThrow(() -> InvalidInputException.of("attachments", "names an attachment that is not one you uploaded to this "
                            + "conversation and have not sent yet")));
        }
        Instant now = clock.instant();
        long event = messages.nextEvent(actor.workspaceId(), client, now);
        Message m = new Message(messageId, actor.workspaceId(), client, event, event, actor.personId(), actor.staff(), text, about, now, null,
                null);
        messages.insert(m);
        if (!wanted.isEmpty() && attachments.attach(actor.workspaceId(), client, messageId, wanted) != wanted.size()) {
            // another request sent one of them meanwhile (its row lock made this one wait): refused, this transaction rolls back
            throw InvalidInputException.of("attachments", "names an attachment that was sent with another message meanwhile");
        }
        events.published(actor.workspaceId(), client, event);
        AuditRecord record = AuditRecord.of(actor, "message.sent").target("client", client).detail("message", messageId.toString());
        audit.record(wanted.isEmpty() ? record : record.detail("attachments", wanted.stream().map(UUID::toString).toList()));
        if (!actor.staff()) {
            replyOutsideOfficeHours(actor, client, messageId, now);
        }
        return new SentView(new MessageView(m, sending.stream().map(a -> a.sentWith(messageId)).toList()), true);
    }

    /**
     * A client writing outside the workspace's office hours gets one automatic reply naming when to expect an answer; at
     * most one per conversation in {@link #AUTOMATIC_REPLY_GAP}, so a client writing five messages at night gets one.
     */
    private void replyOutsideOfficeHours(Actor actor, ClientId client, UUID messageId, Instant now) {
        Optional<OfficeHours> hours = officeHours.find(actor.workspaceId());
        if (hours.isEmpty() || !hours.get().autoReply() || hours.get().open(now)) {
            return;
        }
        Optional<Instant> last = officeHours.lastAutomaticReply(actor.workspaceId(), client);
        if (last.isPresent() && last.get().isAfter(now.minus(AUTOMATIC_REPLY_GAP))) {
            return;
        }
        long event = messages.nextEvent(actor.workspaceId(), client, now);
        UUID id = UUID.nameUUIDFromBytes(("automatic-reply:" + messageId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        messages.insert(new Message(id, actor.workspaceId(), client, event, event, Message.TEAM, true, hours.get().autoReplyText(now), null, now,
                null, null));
        events.published(actor.workspaceId(), client, event);
    }

    @Override
    public MessageView edit(Actor actor, ClientId clientId, UUID messageId, String text) {
        ClientId client = access.toWrite(actor, clientId);
        Message.checkText("text", text);
        Message stored = messages.find(actor.workspaceId(), client, messageId).orElseThrow(() -> new NotFoundException("message"));
        Instant now = clock.instant();
        if (stored.text() != null && stored.text().equals(text) && stored.authorId().equals(actor.personId())) {
            return view(stored); // nothing to change
        }
        stored.editedBy(actor.personId(), text, 0, now); // the rules, before an event number is taken
        long event = messages.nextEvent(actor.workspaceId(), client, now);
        Message edited = stored.editedBy(actor.personId(), text, event, now);
        messages.update(edited);
        events.published(actor.workspaceId(), client, event);
        audit.record(AuditRecord.of(actor, "message.edited").target("client", client).detail("message", messageId.toString()));
        return view(edited);
    }

    @Override
    public MessageView delete(Actor actor, ClientId clientId, UUID messageId) {
        ClientId client = access.toWrite(actor, clientId);
        Message stored = messages.find(actor.workspaceId(), client, messageId).orElseThrow(() -> new NotFoundException("message"));
        if (stored.deleted() && stored.authorId().equals(actor.personId())) {
            return new MessageView(stored); // deleting twice changes nothing
        }
        Instant now = clock.instant();
        stored.deletedBy(actor.personId(), 0, now);
        long event = messages.nextEvent(actor.workspaceId(), client, now);
        Message tombstone = stored.deletedBy(actor.personId(), event, now);
        messages.update(tombstone);
        // its attachments go with its text, rows and files at once; a failed file deletion rolls the tombstone and the rows back,
        // so the delete can be asked again
        List<Attachment> gone = attachments.deleteOfMessage(actor.workspaceId(), client, messageId);
        AttachmentService.deleteFiles(attachmentFiles, gone);
        events.published(actor.workspaceId(), client, event);
        AuditRecord record = AuditRecord.of(actor, "message.deleted").target("client", client).detail("message", messageId.toString());
        audit.record(gone.isEmpty() ? record : record.detail("attachmentsDeleted", gone.size()));
        return new MessageView(tombstone);
    }

    @Override
    public ConversationView conversation(Actor actor, ClientId clientId) {
        ClientId client = access.toRead(actor, clientId);
        return messages.conversation(actor.workspaceId(), client, actor.personId(), actor.staff());
    }

    @Override
    public MessagePage page(Actor actor, ClientId clientId, Long before, Long after, UUID around, int limit) {
        ClientId client = access.toRead(actor, clientId);
        int n = pageSize(limit);
        int given = (before != null ? 1 : 0) + (after != null ? 1 : 0) + (around != null ? 1 : 0);
        if (given > 1) {
            throw InvalidInputException.of("before", "give at most one of before, after and around");
        }
        if ((before != null && before < 0) || (after != null && after < 0)) {
            throw InvalidInputException.of(before != null ? "before" : "after", "must be 0 or more");
        }
        List<Message> newestFirst;
        if (around != null) {
            Message centre = messages.find(actor.workspaceId(), client, around).orElseThrow(() -> new NotFoundException("message"));
            List<Message> newer = new ArrayList<>(messages.after(actor.workspaceId(), client, centre.seq(), n / 2));
            Collections.reverse(newer);
            newestFirst = new ArrayList<>(newer);
            newestFirst.addAll(messages.before(actor.workspaceId(), client, centre.seq() + 1, n - newer.size()));
        } else if (after != null) {
            List<Message> older = new ArrayList<>(messages.after(actor.workspaceId(), client, after, n));
            Collections.reverse(older);
            newestFirst = older;
        } else {
            newestFirst = messages.before(actor.workspaceId(), client, before, n);
        }
        if (newestFirst.isEmpty()) {
            return new MessagePage(List.of(), null, null);
        }
        long oldest = newestFirst.get(newestFirst.size() - 1).seq();
        long newest = newestFirst.get(0).seq();
        boolean hasOlder = !messages.before(actor.workspaceId(), client, oldest, 1).isEmpty();
        boolean hasNewer = !messages.after(actor.workspaceId(), client, newest, 1).isEmpty();
        return new MessagePage(views(actor, client, newestFirst), hasOlder ? oldest : null, hasNewer ? newest : null);
    }

    @Override
    public ConversationView markRead(Actor actor, ClientId clientId, UUID upTo) {
        ClientId client = access.toRead(actor, clientId);
        Message m = messages.find(actor.workspaceId(), client, upTo).orElseThrow(() -> new NotFoundException("message"));
        messages.markRead(actor.workspaceId(), client, actor.personId(), actor.staff(), m.seq(), clock.instant());
        return messages.conversation(actor.workspaceId(), client, actor.personId(), actor.staff());
    }

    @Override
    public List<MessageView> eventsAfter(Actor actor, ClientId clientId, long afterEventSeq, int limit) {
        ClientId client = access.toRead(actor, clientId);
        return views(actor, client, messages.changedAfter(actor.workspaceId(), client, Math.max(0, afterEventSeq), pageSize(limit)));
    }

    /** One message with its attachments. */
    private MessageView view(Message m) {
        return new MessageView(m, attachments.ofMessages(m.workspaceId(), m.clientId(), List.of(m.id())).getOrDefault(m.id(), List.of()));
    }

    /** The messages with their attachments, read in one go. */
    private List<MessageView> views(Actor actor, ClientId client, List<Message> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Attachment>> of = attachments.ofMessages(actor.workspaceId(), client, list.stream().map(Message::id).toList());
        return list.stream().map(m -> new MessageView(m, of.getOrDefault(m.id(), List.of()))).toList();
    }

    @Override
    public InboxView inbox(Actor actor, int limit) {
        int n = pageSize(limit);
        if (!actor.staff()) {
            actor.require(Permission.SELF_MESSAGES);
            ClientView own = clients.getOwn(actor);
            ConversationView c = messages.conversation(actor.workspaceId(), own.id(), actor.personId(), false);
            return new InboxView(c.unread(), c.messages() == 0 ? List.of() : List.of(new InboxView.Entry(own.id(), own.displayName(),
                    c.unread(), c.messages(), c.lastMessageAt(), c.lastEventSeq())));
        }
        actor.require(Permission.MESSAGES_READ_ASSIGNED);
        // the clients the actor may see, as the roster lists them (every client, or the assigned ones)
        Map<ClientId, String> visible = new LinkedHashMap<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (visible.size() < MAX_INBOX_CLIENTS) {
            Page<ClientView> found = roster.list(actor, new ListClientsQuery(null, null, page));
            found.items().forEach(c -> visible.put(c.id(), c.displayName()));
            if (found.nextCursor() == null) {
                break;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, found.nextCursor());
        }
        return messages.inbox(actor.workspaceId(), actor.personId(), visible, n);
    }

    static int pageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.of("limit", "must be 1 to " + MAX_PAGE);
        }
        return limit;
    }
}
