package com.coachkeep.checkin.application.port.out;

import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface MeasurementRepository {
    void add(List<Measurement> measurements);

    /** Removes the metrics recorded with a check-in (they are replaced when it is edited). */
    void removeOfCheckin(WorkspaceId workspaceId, UUID checkinId);

    List<Measurement> ofCheckin(WorkspaceId workspaceId, UUID checkinId);

    /** The client's values of a type from a day on, oldest first. */
    List<Measurement> series(WorkspaceId workspaceId, ClientId clientId, String typeKey, LocalDate from);

    /** Removes the client's imported values of a type on these days (an import replaces what an earlier import stored). */
    int removeImported(WorkspaceId workspaceId, ClientId clientId, String typeKey, List<LocalDate> days);

    /** The workspace's own types. */
    List<MetricType> customTypes(WorkspaceId workspaceId);

    Optional<MetricType> customType(WorkspaceId workspaceId, String key);

    void saveType(WorkspaceId workspaceId, MetricType type);
}
