package com.coachkeep.infrastructure.persistence.roster;

import static com.coachkeep.infrastructure.persistence.shared.Persistence.fromDb;
import static com.coachkeep.infrastructure.persistence.shared.Persistence.toDb;

import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.ClientStatus;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.roster.domain.CoachNoteId;
import com.coachkeep.roster.domain.Tags;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/** Translates the roster's aggregates to and from their entities. */
final class RosterMapper {
    private RosterMapper() {
    }

    static Client toDomain(ClientEntity e) {
        TreeSet<String> tags = new TreeSet<>();
        if (!e.tags.isEmpty()) {
            tags.addAll(Arrays.asList(e.tags.split(",")));
        }
        return new Client(new ClientId(e.id), new WorkspaceId(e.workspaceId), e.displayName, new EmailAddress(e.email),
                e.personId == null ? null : new PersonId(UUID.fromString(e.personId)),
                e.assignedCoachId == null ? null : new MembershipId(UUID.fromString(e.assignedCoachId)), new Tags(tags),
                ClientStatus.valueOf(e.status), fromDb(e.createdAt), fromDb(e.updatedAt), e.version);
    }

    static void copy(Client c, ClientEntity e) {
        e.id = c.id().value();
        e.workspaceId = c.workspaceId().value();
        e.displayName = c.displayName();
        e.sortName = c.displayName().toLowerCase(Locale.ROOT);
        e.email = c.email().value();
        e.personId = c.personId() == null ? null : c.personId().toString();
        e.assignedCoachId = c.assignedCoach() == null ? null : c.assignedCoach().toString();
        e.tags = String.join(",", c.tags().values());
        e.status = c.status().name();
        e.createdAt = toDb(c.createdAt());
        e.updatedAt = toDb(c.updatedAt());
    }

    /** @param body the decrypted body, {@code null} when the client's data is erased */
    static CoachNote toDomain(CoachNoteEntity e, String body) {
        CoachNoteId id = new CoachNoteId(e.id);
        WorkspaceId workspaceId = new WorkspaceId(e.workspaceId);
        ClientId clientId = new ClientId(e.clientId);
        PersonId author = new PersonId(e.authorId);
        return body == null ? CoachNote.erased(id, workspaceId, clientId, author, fromDb(e.createdAt))
                : new CoachNote(id, workspaceId, clientId, author, body, fromDb(e.createdAt));
    }

    /** The entity without its body, which the repository encrypts. */
    static CoachNoteEntity toEntity(CoachNote n) {
        CoachNoteEntity e = new CoachNoteEntity();
        e.id = n.id().value();
        e.workspaceId = n.workspaceId().value();
        e.clientId = n.clientId().value();
        e.authorId = n.authorId().value();
        e.createdAt = toDb(n.createdAt());
        return e;
    }
}
