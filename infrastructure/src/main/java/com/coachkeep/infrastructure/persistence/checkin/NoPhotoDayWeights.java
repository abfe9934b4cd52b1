package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.PhotoDayWeightsPort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * No weights yet: a comparison shows {@code weightKg: null} on both sides. TO BE REPLACED WHEN THE BODY METRICS OF THE
 * CHECK-IN CONTEXT ARE MERGED: by an adapter that answers through the check-in context's
 * {@code GetBodyweightOnDayUseCase} (or reads its {@code body_metric} table), converted to kilograms. This bean is
 * then deleted, so that exactly one {@link PhotoDayWeightsPort} remains.
 */
@ApplicationScoped
public class NoPhotoDayWeights implements PhotoDayWeightsPort {
    @Override
    public Optional<BigDecimal> weightKgOn(WorkspaceId workspaceId, ClientId clientId, LocalDate day) {
        return Optional.empty();
    }
}
