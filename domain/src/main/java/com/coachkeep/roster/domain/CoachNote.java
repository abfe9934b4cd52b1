package com.coachkeep.roster.domain;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A coach's private note about a client: staff-only, never shown to the client. Its body is sensitive
 * free text (it may hold health details) and is stored encrypted under the client's key. Notes are immutable
 * once written. A note whose client's key was destroyed (the client's data is erased) is still listed, without
 * its body: {@link #erased()} is then true and {@link #body()} is {@code null}.
 */
public record CoachNote(CoachNoteId id, WorkspaceId workspaceId, ClientId clientId, PersonId authorId, String body,
        Instant createdAt) {
    public static final int MAX_LENGTH = 10_000;

    public CoachNote {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(authorId);
        Objects.requireNonNull(createdAt);
    }

    /** The note as it reads once its client's data is erased: metadata only. */
    public static CoachNote erased(CoachNoteId id, WorkspaceId workspaceId, ClientId clientId, PersonId authorId, Instant createdAt) {
        return new CoachNote(id, workspaceId, clientId, authorId, null, createdAt);
    }

    /** Whether the body is gone because the client's data was erased. */
    public boolean erased() {
        return body == null;
    }

    public static CoachNote write(WorkspaceId workspaceId, ClientId clientId, PersonId author, String body, Instant now) {
        return new CoachNote(CoachNoteId.newId(), workspaceId, clientId, author, Text.required(body, MAX_LENGTH), now);
    }
}
