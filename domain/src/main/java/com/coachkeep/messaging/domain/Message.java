package com.coachkeep.messaging.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message of a client's conversation. Its id is chosen by the sender's app, so a resend finds the stored message
 * instead of making a second one. {@code seq} orders the conversation; {@code eventSeq} is the conversation's event
 * number of the message's latest change (sent, edited, deleted), which live listeners resume from. A deleted message
 * keeps its place, author and times, and loses its text (a tombstone). A message of attachments alone has no text.
 *
 * @param fromStaff whether the author wrote as the coaching team (else: the client)
 * @param about     what the message is about: an object of the client's, or null
 */
public record Message(UUID id, WorkspaceId workspaceId, ClientId clientId, long seq, long eventSeq, PersonId authorId, boolean fromStaff,
        String text, Reference about, Instant sentAt, Instant editedAt, Instant deletedAt) {
    /** The longest text a message may carry, in characters. */
    public static final int MAX_LENGTH = 4000;
    /** The author of automatic replies (office hours): no person, the coaching team. */
    public static final PersonId TEAM = new PersonId(new UUID(0, 0));
    /** How long after sending its author may edit or delete a message. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    public Message {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(sentAt);
    }

    /** The text as sent, checked: not blank, at most {@link #MAX_LENGTH} characters, no NUL. Never altered. */
    public static String checkText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "must not be empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw InvalidInputException.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (text.indexOf('\0') >= 0) {
            throw InvalidInputException.of(field, "must not contain NUL characters");
        }
        return text;
    }

    /** Whether the server wrote it (an automatic reply), not a person. */
    public boolean automatic() {
        return TEAM.equals(authorId);
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    /** Whether a resend of this id carries what is stored: same author, same text, same reference. */
    public boolean sameAs(PersonId author, String otherText, Reference otherAbout) {
        return Objects.equals(authorId, author) && Objects.equals(text, otherText) && Objects.equals(about, otherAbout);
    }

    private void checkChangeable(PersonId by, Instant now) {
        if (!Objects.equals(authorId, by)) {
            throw new MessageRuleException("message-not-own", "Only its author may edit or delete a message.");
        }
        if (deleted()) {
            throw new MessageRuleException("message-deleted", "This message was deleted.");
        }
        if (now.isAfter(sentAt.plus(EDIT_WINDOW))) {
            throw new MessageRuleException("edit-window-closed", "A message can be edited or deleted for " + EDIT_WINDOW.toMinutes()
                    + " minutes after it was sent.");
        }
    }

    /** The message with a new text, by its author within the window; the same message when the text is unchanged. */
    public Message editedBy(PersonId by, String newText, long newEventSeq, Instant now) {
        checkChangeable(by, now);
        if (Objects.equals(text, newText)) {
            return this;
        }
        return new Message(id, workspaceId, clientId, seq, newEventSeq, authorId, fromStaff, newText, about, sentAt, now, null);
    }

    /** The tombstone: no text, no reference, the time of deletion; by its author within the window. */
    public Message deletedBy(PersonId by, long newEventSeq, Instant now) {
        checkChangeable(by, now);
        return new Message(id, workspaceId, clientId, seq, newEventSeq, authorId, fromStaff, null, null, sentAt, editedAt, now);
    }

    /**
     * What a message may be about: an object of the same client in the same workspace.
     *
     * @param type {@link #TYPES}: a workout log, a nutrition log, a check-in
     */
    public record Reference(String type, UUID id) {
        public static final java.util.List<String> TYPES = java.util.List.of("workout-log", "nutrition-log", "checkin");

        public Reference {
            Objects.requireNonNull(type);
            Objects.requireNonNull(id);
        }
    }
}
