package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.MeasurementRepository;
import com.coachkeep.checkin.application.port.out.PhotoDayWeightsPort;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The weight beside a photo: the mean of the bodyweights recorded on the photo's day (stored in kilograms), read from the
 * body metrics of the same client; none when nothing was recorded that day (a comparison does not borrow another day's).
 */
@ApplicationScoped
public class MeasuredPhotoDayWeights implements PhotoDayWeightsPort {
    @Inject
    MeasurementRepository measurements;

    @Override
    public Optional<BigDecimal> weightKgOn(WorkspaceId workspaceId, ClientId clientId, LocalDate day) {
        List<BigDecimal> values = measurements.series(workspaceId, clientId, MetricType.BODYWEIGHT.key(), day).stream()
                .filter(m -> m.measuredOn().equals(day)).map(Measurement::value).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_EVEN));
    }
}
