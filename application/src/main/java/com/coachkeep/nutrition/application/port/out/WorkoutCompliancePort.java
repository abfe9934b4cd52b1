package com.coachkeep.nutrition.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The workout side of a client's compliance (workouts done ÷ scheduled), which the training context knows: the adapter
 * asks training's incoming port, for the same actor, so training decides what the actor may read of it.
 */
public interface WorkoutCompliancePort {
    /**
     * Done and scheduled per window ({@code days} ending on {@code today}), from a bounded number of queries; empty when
     * not measured (the actor may not read the client's programs).
     */
    Optional<List<Figure>> measure(Actor actor, ClientId clientId, LocalDate today, List<Integer> windows);

    record Figure(int days, int done, int scheduled) {
    }
}
