package com.coachkeep.infrastructure.persistence.nutrition;

import com.coachkeep.nutrition.application.port.out.WorkoutCompliancePort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Workouts are not measured yet: the training context's adapter replaces this one (an {@code @Alternative} with a
 * priority, or this bean removed) once workouts are scheduled and logged. Until then compliance shows workouts as null.
 */
@ApplicationScoped
public class NoWorkoutCompliance implements WorkoutCompliancePort {
    @Override
    public Optional<List<Figure>> measure(WorkspaceId workspaceId, ClientId clientId, LocalDate today, List<Integer> windows) {
        return Optional.empty();
    }
}
