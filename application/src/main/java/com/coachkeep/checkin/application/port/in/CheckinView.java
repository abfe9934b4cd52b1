package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.checkin.domain.Measurement;
import java.util.List;

/** A check-in with the metrics recorded with it. */
public record CheckinView(Checkin checkin, List<Measurement> metrics) {
}
