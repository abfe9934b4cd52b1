package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricSeries;
import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/** A client's values of one type over the last {@code days} days, with the daily series, trend and changes. */
public interface GetMetricSeriesUseCase {
    SeriesView series(Actor actor, ClientId clientId, String type, Integer days);

    record SeriesView(MetricType type, List<Measurement> values, MetricSeries.Series series) {
    }
}
