package com.coachkeep.checkin.application.port.out;

import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public interface CheckinScheduleRepository {
    Optional<CheckinSchedule> find(WorkspaceId workspaceId, ClientId clientId, UUID id);

    boolean idTaken(WorkspaceId workspaceId, UUID id);

    void save(CheckinSchedule schedule, boolean isNew);

    void delete(WorkspaceId workspaceId, UUID id);

    List<CheckinSchedule> ofClient(WorkspaceId workspaceId, ClientId clientId);

    /** The schedules of these clients, in one query. */
    List<CheckinSchedule> ofClients(WorkspaceId workspaceId, Set<UUID> clientIds);

    ZoneId workspaceZone(WorkspaceId workspaceId);

    /** The client's calendar: the zone of their newest schedule, else the workspace's. */
    ZoneId clientZone(WorkspaceId workspaceId, ClientId clientId);
}
