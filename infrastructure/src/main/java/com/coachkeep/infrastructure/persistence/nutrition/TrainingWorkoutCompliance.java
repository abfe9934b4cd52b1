package com.coachkeep.infrastructure.persistence.nutrition;

import com.coachkeep.nutrition.application.port.out.WorkoutCompliancePort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.application.port.in.MeasureWorkoutComplianceUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The workout side of compliance, from the training context's incoming port (for the same actor, in the same transaction). */
@ApplicationScoped
public class TrainingWorkoutCompliance implements WorkoutCompliancePort {
    @Inject
    MeasureWorkoutComplianceUseCase training;

    @Override
    public Optional<List<Figure>> measure(Actor actor, ClientId clientId, LocalDate today, List<Integer> windows) {
        return training.measure(actor, clientId, today, windows)
                .map(counts -> counts.stream().map(c -> new Figure(c.days(), c.done(), c.scheduled())).toList());
    }
}
