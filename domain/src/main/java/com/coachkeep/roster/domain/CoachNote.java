package com.coachkeep.roster.domain;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A coach's private note about a client: staff-only, never shown to the client. Its body is sensitive
 * free text (it may hold health details) and is stored encrypted. Notes are immutable once written.
 */
public record CoachNote(CoachNoteId id, WorkspaceId workspaceId, ClientId clientId, PersonId authorId, String body,
        Instant createdAt) {
    public static final int MAX_LENGTH = 10_000;

    public CoachNote {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(authorId);
        Objects.requireNonNull(body);
        Objects.requireNonNull(createdAt);
    }

    public static CoachNote write(WorkspaceId workspaceId, ClientId clientId, PersonId author, String body, Instant now) {
        return new CoachNote(CoachNoteId.newId(), workspaceId, clientId, author, Text.required(body, MAX_LENGTH), now);
    }
}
