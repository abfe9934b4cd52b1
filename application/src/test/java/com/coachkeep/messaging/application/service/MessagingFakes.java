package com.coachkeep.messaging.application.service;

import com.coachkeep.messaging.application.port.in.ConversationView;
import com.coachkeep.messaging.application.port.in.InboxView;
import com.coachkeep.messaging.application.port.out.ConversationEventsPort;
import com.coachkeep.messaging.application.port.out.MessageRepository;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.application.port.in.ListClientsUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory stand-ins for the messaging services' ports. */
final class MessagingFakes {
    private MessagingFakes() {
    }

    /** The roster: a client visible to staff who read all or are assigned, and to the client themself. */
    static final class Roster implements GetClientUseCase, ListClientsUseCase {
        record Entry(PersonId person, MembershipId coach) {
        }

        final Map<ClientId, Entry> clients = new LinkedHashMap<>();

        boolean visible(Actor actor, Entry e) {
            return e != null && (actor.staff()
                    ? actor.has(Permission.CLIENTS_READ_ALL) || actor.membershipId().equals(e.coach())
                    : e.person().equals(actor.personId()));
        }

        @Override
        public ClientView get(Actor actor, ClientId id) {
            if (!visible(actor, clients.get(id))) {
                throw new NotFoundException("client");
            }
            return new ClientView(id, "Client " + id.value().toString().substring(0, 4), "c@example.com", "active", clients.get(id).coach(),
                    List.of(), true, Instant.EPOCH, Instant.EPOCH, 0);
        }

        @Override
        public ClientView getOwn(Actor actor) {
            return clients.entrySet().stream().filter(e -> e.getValue().person().equals(actor.personId())).findFirst()
                    .map(e -> get(actor, e.getKey())).orElseThrow(() -> new NotFoundException("client"));
        }

        @Override
        public Page<ClientView> list(Actor actor, ListClientsQuery query) {
            return new Page<>(clients.keySet().stream().filter(id -> visible(actor, clients.get(id))).map(id -> get(actor, id)).toList(), null);
        }
    }

    /** Conversations and messages in maps, counting as the SQL adapter does. */
    static final class Messages implements MessageRepository {
        final Map<UUID, Message> byId = new HashMap<>();
        final Map<ClientId, long[]> conversations = new HashMap<>(); // last event, client messages, staff messages
        final Map<UUID, Long> ordinals = new HashMap<>();
        final Map<String, long[]> reads = new HashMap<>(); // client:person -> read seq, read other, staff(1/0)

        List<Message> of(ClientId c) {
            return byId.values().stream().filter(m -> m.clientId().equals(c)).sorted(Comparator.comparingLong(Message::seq)).toList();
        }

        @Override
        public Optional<Message> find(WorkspaceId w, ClientId c, UUID id) {
            return Optional.ofNullable(byId.get(id)).filter(m -> m.clientId().equals(c));
        }

        @Override
        public boolean idTaken(WorkspaceId w, UUID id) {
            return byId.containsKey(id);
        }

        @Override
        public long nextEvent(WorkspaceId w, ClientId c, Instant now) {
            return ++conversations.computeIfAbsent(c, k -> new long[3])[0];
        }

        @Override
        public void insert(Message m) {
            long[] conv = conversations.get(m.clientId());
            long ordinal = ++conv[m.fromStaff() ? 2 : 1];
            ordinals.put(m.id(), ordinal);
            byId.put(m.id(), m);
        }

        @Override
        public void update(Message m) {
            byId.put(m.id(), m);
        }

        @Override
        public List<Message> before(WorkspaceId w, ClientId c, Long before, int limit) {
            List<Message> all = new ArrayList<>(of(c).stream().filter(m -> before == null || m.seq() < before).toList());
            java.util.Collections.reverse(all);
            return all.stream().limit(limit).toList();
        }

        @Override
        public List<Message> after(WorkspaceId w, ClientId c, long after, int limit) {
            return of(c).stream().filter(m -> m.seq() > after).limit(limit).toList();
        }

        @Override
        public List<Message> changedAfter(WorkspaceId w, ClientId c, long afterEventSeq, int limit) {
            return of(c).stream().filter(m -> m.eventSeq() > afterEventSeq).sorted(Comparator.comparingLong(Message::eventSeq)).limit(limit)
                    .toList();
        }

        @Override
        public ConversationView conversation(WorkspaceId w, ClientId c, PersonId reader, boolean staff) {
            long[] conv = conversations.getOrDefault(c, new long[3]);
            long[] read = reads.get(c + ":" + reader.value());
            long other = staff ? conv[1] : conv[2];
            List<ConversationView.Receipt> receipts = reads.entrySet().stream().filter(e -> e.getKey().startsWith(c + ":"))
                    .map(e -> new ConversationView.Receipt(new PersonId(UUID.fromString(e.getKey().substring(e.getKey().indexOf(':') + 1))),
                            e.getValue()[2] == 1, e.getValue()[0], null, Instant.EPOCH)).toList();
            return new ConversationView(c, conv[0], conv[1] + conv[2], other - (read == null ? 0 : read[1]), null, receipts);
        }

        @Override
        public void markRead(WorkspaceId w, ClientId c, PersonId reader, boolean staff, long seq, Instant now) {
            long covered = of(c).stream().filter(m -> m.fromStaff() != staff && m.seq() <= seq).mapToLong(m -> ordinals.get(m.id())).max()
                    .orElse(0);
            reads.merge(c + ":" + reader.value(), new long[] {seq, covered, staff ? 1 : 0}, (old, nu) -> old[0] < nu[0] ? nu : old);
        }

        @Override
        public InboxView inbox(WorkspaceId w, PersonId reader, Map<ClientId, String> clients, int limit) {
            List<InboxView.Entry> entries = new ArrayList<>();
            long total = 0;
            for (var e : clients.entrySet()) {
                if (conversations.containsKey(e.getKey())) {
                    ConversationView v = conversation(w, e.getKey(), reader, true);
                    total += v.unread();
                    entries.add(new InboxView.Entry(e.getKey(), e.getValue(), v.unread(), v.messages(), null, v.lastEventSeq()));
                }
            }
            return new InboxView(total, entries.stream().limit(limit).toList());
        }
    }

    /** Office hours in a field; the latest automatic reply from the messages. */
    static final class Hours implements com.coachkeep.messaging.application.port.out.OfficeHoursRepository {
        final Messages messages;
        com.coachkeep.messaging.domain.OfficeHours hours;

        Hours(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Optional<com.coachkeep.messaging.domain.OfficeHours> find(WorkspaceId w) {
            return Optional.ofNullable(hours);
        }

        @Override
        public void save(WorkspaceId w, com.coachkeep.messaging.domain.OfficeHours h, Instant now) {
            hours = h;
        }

        @Override
        public Optional<Instant> lastAutomaticReply(WorkspaceId w, ClientId c) {
            return messages.of(c).stream().filter(Message::automatic).map(Message::sentAt).max(Comparator.naturalOrder());
        }
    }

    /** The events published, as workspace:client:event. */
    static final class Events implements ConversationEventsPort {
        final List<String> published = new ArrayList<>();

        @Override
        public void published(WorkspaceId w, ClientId c, long eventSeq) {
            published.add(c.value() + ":" + eventSeq);
        }
    }

    /** Attachment rows in memory. */
    static final class Attachments implements com.coachkeep.messaging.application.port.out.AttachmentRepository {
        final List<com.coachkeep.messaging.domain.Attachment> rows = new ArrayList<>();

        @Override
        public void add(com.coachkeep.messaging.domain.Attachment a) {
            rows.add(a);
        }

        @Override
        public Optional<com.coachkeep.messaging.domain.Attachment> find(WorkspaceId w, ClientId c, UUID id) {
            return rows.stream().filter(a -> a.workspaceId().equals(w) && a.clientId().equals(c) && a.id().equals(id)).findFirst();
        }

        @Override
        public Map<UUID, List<com.coachkeep.messaging.domain.Attachment>> ofMessages(WorkspaceId w, ClientId c, java.util.Collection<UUID> ids) {
            Map<UUID, List<com.coachkeep.messaging.domain.Attachment>> out = new HashMap<>();
            rows.stream().filter(a -> a.workspaceId().equals(w) && a.clientId().equals(c) && a.messageId() != null && ids.contains(a.messageId()))
                    .forEach(a -> out.computeIfAbsent(a.messageId(), k -> new ArrayList<>()).add(a));
            return out;
        }

        @Override
        public int attach(WorkspaceId w, ClientId c, UUID messageId, List<UUID> ids) {
            List<com.coachkeep.messaging.domain.Attachment> ordered = new ArrayList<>();
            for (UUID id : ids) {
                com.coachkeep.messaging.domain.Attachment a = find(w, c, id).orElseThrow();
                rows.remove(a);
                ordered.add(a.sentWith(messageId));
            }
            rows.addAll(ordered);
            return ordered.size();
        }

        @Override
        public int unsent(WorkspaceId w, ClientId c, PersonId uploader) {
            return (int) rows.stream().filter(a -> a.clientId().equals(c) && a.uploadedBy().equals(uploader) && !a.sent()).count();
        }

        @Override
        public List<com.coachkeep.messaging.domain.Attachment> deleteUnsentBefore(WorkspaceId w, ClientId c, PersonId uploader, Instant before) {
            List<com.coachkeep.messaging.domain.Attachment> gone = rows.stream().filter(a -> a.clientId().equals(c)
                    && a.uploadedBy().equals(uploader) && !a.sent() && a.uploadedAt().isBefore(before)).toList();
            rows.removeAll(gone);
            return gone;
        }

        @Override
        public List<com.coachkeep.messaging.domain.Attachment> deleteOfMessage(WorkspaceId w, ClientId c, UUID messageId) {
            List<com.coachkeep.messaging.domain.Attachment> gone = rows.stream().filter(a -> messageId.equals(a.messageId())).toList();
            rows.removeAll(gone);
            return gone;
        }
    }

    /** Files in memory, by id. */
    static final class Files implements com.coachkeep.messaging.application.port.out.AttachmentFileStorePort {
        final Map<UUID, byte[]> stored = new HashMap<>();

        @Override
        public void put(WorkspaceId w, ClientId c, UUID id, byte[] content) {
            stored.put(id, content.clone());
        }

        @Override
        public Optional<java.io.InputStream> open(WorkspaceId w, ClientId c, UUID id) {
            return Optional.ofNullable(stored.get(id)).map(java.io.ByteArrayInputStream::new);
        }

        @Override
        public void delete(WorkspaceId w, ClientId c, UUID id) {
            stored.remove(id);
        }
    }
}
