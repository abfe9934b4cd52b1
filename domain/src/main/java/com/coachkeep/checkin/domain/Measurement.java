package com.coachkeep.checkin.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One measured value of a client, on a day of their calendar: the canonical value (kg, cm, %), the value and unit as
 * entered, and where it came from (a check-in, logged directly, imported).
 */
public record Measurement(UUID id, WorkspaceId workspaceId, ClientId clientId, String typeKey, LocalDate measuredOn, BigDecimal value,
        BigDecimal enteredValue, String enteredUnit, MetricSource source, UUID checkinId, PersonId recordedBy, Instant recordedAt) {
}
