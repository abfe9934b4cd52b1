package com.coachkeep.nutrition.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The workout side of a client's compliance (workouts done ÷ scheduled), which the training context knows. The seam
 * where training plugs in: until it does, the adapter answers empty and compliance shows workouts as not measured.
 */
public interface WorkoutCompliancePort {
    /** Done and scheduled per window ({@code days} ending on {@code today}), from a bounded number of queries; empty when not measured. */
    Optional<List<Figure>> measure(WorkspaceId workspaceId, ClientId clientId, LocalDate today, List<Integer> windows);

    record Figure(int days, int done, int scheduled) {
    }
}
