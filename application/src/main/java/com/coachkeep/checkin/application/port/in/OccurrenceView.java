package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.OccurrenceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One occurrence of a schedule: its day in the client's calendar, its deadline, and where it stands. */
public record OccurrenceView(UUID scheduleId, LocalDate day, Instant deadline, Instant acceptedUntil, OccurrenceStatus status, UUID checkinId) {
}
