package com.coachkeep.nutrition.application.port.out;

import com.coachkeep.nutrition.domain.Compliance.LoggedDay;
import com.coachkeep.nutrition.domain.NutritionLog;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface NutritionLogRepository {
    Optional<NutritionLog> find(WorkspaceId workspaceId, ClientId clientId, UUID id);

    /** Whether a log with this id exists in the workspace under any client (ids are chosen by clients). */
    boolean idTaken(WorkspaceId workspaceId, UUID id);

    Optional<UUID> idOfDay(WorkspaceId workspaceId, ClientId clientId, LocalDate day);

    /** Inserts a new log or replaces a stored one (meals included), by id. */
    void save(NutritionLog log, boolean isNew);

    /** A client's logs from {@code from} to {@code to} inclusive, with their meals, by day. */
    List<NutritionLog> between(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to);

    /** The days logged in the range with their totals only (no meals, nothing decrypted): for compliance. */
    List<LoggedDay> loggedDays(WorkspaceId workspaceId, ClientId clientId, LocalDate from, LocalDate to);
}
