package com.coachkeep.checkin.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The bodyweight a client logged on a day, for setting it beside that day's photo, from the client's body metrics.
 */
public interface PhotoDayWeightsPort {
    /** In kilograms (the canonical unit), or empty when nothing was logged that day. */
    Optional<BigDecimal> weightKgOn(WorkspaceId workspaceId, ClientId clientId, LocalDate day);
}
