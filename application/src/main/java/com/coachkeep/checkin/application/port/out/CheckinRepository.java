package com.coachkeep.checkin.application.port.out;

import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public interface CheckinRepository {
    Optional<Checkin> find(WorkspaceId workspaceId, ClientId clientId, UUID id);

    boolean idTaken(WorkspaceId workspaceId, UUID id);

    /** The check-in of a schedule's occurrence, if one was submitted. */
    Optional<UUID> forOccurrence(WorkspaceId workspaceId, UUID scheduleId, LocalDate day);

    void save(Checkin checkin, boolean isNew);

    /** Newest first. */
    List<Checkin> ofClient(WorkspaceId workspaceId, ClientId clientId);

    /** When each occurrence of these schedules was submitted, in one query: by schedule, then by day. */
    Map<UUID, Map<LocalDate, Submission>> submissions(WorkspaceId workspaceId, Set<UUID> scheduleIds, LocalDate from, LocalDate to);

    record Submission(UUID checkinId, Instant submittedAt) {
    }
}
