package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/** The built-in measurement types and the workspace's own ones, which staff who manage forms define. */
public interface ManageMetricTypesUseCase {
    List<MetricType> list(Actor actor);

    MetricType define(Actor actor, String key, String name, String dimension, String unit);
}
