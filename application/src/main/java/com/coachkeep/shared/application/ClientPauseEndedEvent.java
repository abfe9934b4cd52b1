package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A pause of a client's subscription ended (billing: {@code pause_collection} lifted): the days from {@code from} to
 * {@code until} (exclusive) were paused. Training observes it, in the same transaction, and moves the client's calendar
 * programs by those days so the program does not lose its place. Fired once per pause (the event that ended it is
 * applied once).
 */
public record ClientPauseEndedEvent(WorkspaceId workspaceId, UUID clientId, LocalDate from, LocalDate until) {
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(from, until);
    }
}
