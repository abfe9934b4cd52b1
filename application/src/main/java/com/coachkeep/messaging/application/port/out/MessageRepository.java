package com.coachkeep.messaging.application.port.out;

import com.coachkeep.messaging.application.port.in.ConversationView;
import com.coachkeep.messaging.application.port.in.InboxView;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Conversations, their messages (text encrypted under the client's key) and their participants' read pointers. */
public interface MessageRepository {
    Optional<Message> find(WorkspaceId workspaceId, ClientId clientId, UUID id);

    /** Whether a message with this id exists in the workspace under any client (ids are chosen by senders). */
    boolean idTaken(WorkspaceId workspaceId, UUID id);

    /**
     * The conversation's next event number, creating the conversation at its first message; locks the conversation's
     * row until the transaction ends, so its events are numbered in the order they commit.
     */
    long nextEvent(WorkspaceId workspaceId, ClientId clientId, Instant now);

    /** Stores a new message (its seq and eventSeq from {@link #nextEvent}) and counts it on its side of the conversation. */
    void insert(Message message);

    /** Stores an edited message or a tombstone (its text, reference, times and eventSeq). */
    void update(Message message);

    /** Newest first: messages before {@code before} (exclusive; null: from the newest), at most {@code limit}. */
    List<Message> before(WorkspaceId workspaceId, ClientId clientId, Long before, int limit);

    /** Oldest first: messages after {@code after} (exclusive), at most {@code limit}. */
    List<Message> after(WorkspaceId workspaceId, ClientId clientId, long after, int limit);

    /** Messages whose latest change has an event number after {@code afterEventSeq}, in event order. */
    List<Message> changedAfter(WorkspaceId workspaceId, ClientId clientId, long afterEventSeq, int limit);

    /** The conversation as the person sees it (their unread count: messages of the other side after their pointer). */
    ConversationView conversation(WorkspaceId workspaceId, ClientId clientId, PersonId reader, boolean readerIsStaff);

    /** Moves the person's read pointer forward to the message of sequence {@code seq} (never back). */
    void markRead(WorkspaceId workspaceId, ClientId clientId, PersonId reader, boolean readerIsStaff, long seq, Instant now);

    /**
     * The conversations of the given clients (with their names), most recent first, at most {@code limit}, with their
     * unread counts for the reader (client messages after the reader's pointer), and the total over all of them.
     */
    InboxView inbox(WorkspaceId workspaceId, PersonId reader, Map<ClientId, String> clients, int limit);
}
