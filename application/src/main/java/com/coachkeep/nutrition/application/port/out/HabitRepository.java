package com.coachkeep.nutrition.application.port.out;

import com.coachkeep.nutrition.domain.Habit;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public interface HabitRepository {
    Optional<Habit> find(WorkspaceId workspaceId, ClientId clientId, UUID id);

    /** Whether a habit with this id exists in the workspace under any client (ids are chosen by callers). */
    boolean idTaken(WorkspaceId workspaceId, UUID id);

    void save(Habit habit, boolean isNew);

    /** A client's habits, oldest first; archived ones too when asked. */
    List<Habit> ofClient(WorkspaceId workspaceId, ClientId clientId, boolean includeArchived);

    /** Every habit of the client, archived too, without its text (nothing decrypted): what compliance needs. */
    List<Habit> schedulesOf(WorkspaceId workspaceId, ClientId clientId);

    /** The client's check-offs from {@code from} to {@code to} inclusive, by habit: one query for every habit. */
    Map<UUID, Set<LocalDate>> checkOffs(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to);

    /** Records (done) or withdraws (not done) a check-off; idempotent. */
    void checkOff(WorkspaceId workspaceId, ClientId clientId, UUID habitId, LocalDate day, boolean done, PersonId by, Instant at);
}
