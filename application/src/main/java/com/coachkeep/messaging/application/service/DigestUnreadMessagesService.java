package com.coachkeep.messaging.application.service;

import com.coachkeep.messaging.application.port.in.DigestUnreadMessagesUseCase;
import com.coachkeep.messaging.application.port.out.UnreadDigestRepository;
import com.coachkeep.messaging.application.port.out.UnreadDigestRepository.Pending;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One digest email per person and workspace for everything unread past the workspace's set time (60 minutes unless
 * set), never one per message: the person's conversations with their unread counts, no message text (an email is not
 * the place for a client's health questions). Each conversation remembers up to which message the person was told, so
 * an unread message is told once; a message arriving later starts a new digest once it is overdue in turn.
 */
@ApplicationScoped
@Transactional
public class DigestUnreadMessagesService implements DigestUnreadMessagesUseCase {
    /** How far back the job looks for conversations with new messages. */
    static final Duration LOOK_BACK = Duration.ofDays(7);

    private final UnreadDigestRepository digests;
    private final MailPort mail;
    private final Clock clock;

    @Inject
    public DigestUnreadMessagesService(UnreadDigestRepository digests, MailPort mail, Clock clock) {
        this.digests = digests;
        this.mail = mail;
        this.clock = clock;
    }

    protected DigestUnreadMessagesService() {
        this(null, null, null);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<UUID> workspacesWithRecentMessages(int limit) {
        return digests.recentWorkspaces(clock.instant().minus(LOOK_BACK), limit);
    }

    @Override
    public int digest(UUID workspaceId) {
        WorkspaceId ws = new WorkspaceId(workspaceId);
        Instant now = clock.instant();
        Map<PersonId, List<Pending>> byPerson = new LinkedHashMap<>();
        for (Pending p : digests.pending(ws, now)) {
            byPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p);
        }
        if (byPerson.isEmpty()) {
            return 0;
        }
        UnreadDigestRepository.Sender sender = digests.sender(ws);
        for (List<Pending> items : byPerson.values()) {
            Pending first = items.get(0);
            long total = items.stream().mapToLong(Pending::unread).sum();
            List<Map<String, Object>> conversations = items.stream().<Map<String, Object>>map(p -> Map.of("name", p.conversation(),
                    "unread", p.unread())).toList();
            Map<String, Object> model = new LinkedHashMap<>();
            if (first.name() != null) {
                model.put("recipientName", first.name());
            }
            model.put("workspaceName", sender.branding().name());
            model.put("total", total);
            model.put("one", total == 1);
            model.put("conversations", conversations);
            // the same digest (person, conversations told up to the same messages) always has the same key
            String told = String.join(",", items.stream().map(p -> p.clientId().value() + ":" + p.throughSeq()).toList());
            String key = "unread-digest:" + workspaceId + ":" + first.personId().value() + ":"
                    + UUID.nameUUIDFromBytes(told.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            mail.enqueue(new MailPort.Email(EmailTemplate.UNREAD_MESSAGES_DIGEST, new MailPort.Recipient(first.email(), first.name(),
                    first.personId()), ws, sender.locale(), sender.branding(), model, key));
            for (Pending p : items) {
                digests.digested(ws, p.clientId(), p.personId(), p.throughSeq(), now);
            }
        }
        return byPerson.size();
    }
}
