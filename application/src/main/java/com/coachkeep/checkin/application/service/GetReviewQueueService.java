package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.GetReviewQueueUseCase;
import com.coachkeep.checkin.application.port.out.CheckinSettingsRepository;
import com.coachkeep.checkin.application.port.out.ReviewQueuePort;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The review queue: three statements whatever the number of clients (target, waiting check-ins, their metrics and the previous ones). */
@ApplicationScoped
@Transactional
public class GetReviewQueueService implements GetReviewQueueUseCase {
    private final ReviewQueuePort query;
    private final CheckinSettingsRepository settings;
    private final Clock clock;

    @Inject
    public GetReviewQueueService(ReviewQueuePort query, CheckinSettingsRepository settings, Clock clock) {
        this.query = query;
        this.settings = settings;
        this.clock = clock;
    }

    protected GetReviewQueueService() {
        this(null, null, null);
    }

    @Override
    public ReviewQueue queue(Actor actor) {
        actor.require(Permission.CHECKINS_REVIEW);
        return build(actor, query, settings.responseTargetHours(actor.workspaceId()), clock.instant());
    }

    static ReviewQueue build(Actor actor, ReviewQueuePort query, int targetHours, Instant now) {
        List<ReviewQueuePort.Waiting> waiting = query.awaitingReview(actor);
        Map<UUID, ReviewQueuePort.Deltas> deltas = waiting.isEmpty() ? Map.of()
                : query.deltas(actor, waiting.stream().map(ReviewQueuePort.Waiting::checkinId).toList());
        List<Entry> entries = new ArrayList<>();
        for (ReviewQueuePort.Waiting w : waiting) {
            long minutes = Math.max(0, Duration.between(w.submittedAt(), now).toMinutes());
            entries.add(new Entry(w.checkinId(), new ClientId(w.clientId()), w.clientName(), w.submittedAt(), minutes, minutes > targetHours * 60L,
                    w.onBehalf(), deltas(deltas.get(w.checkinId()))));
        }
        return new ReviewQueue(targetHours, entries);
    }

    static List<MetricDelta> deltas(ReviewQueuePort.Deltas d) {
        if (d == null) {
            return List.of();
        }
        Map<String, Double> previous = mean(d.previous());
        List<MetricDelta> out = new ArrayList<>();
        mean(d.current()).forEach((type, value) -> {
            Double before = previous.get(type);
            out.add(new MetricDelta(type, value, before == null ? null : round(value - before), null));
        });
        return out;
    }

    private static Map<String, Double> mean(List<Measurement> ms) {
        Map<String, double[]> sums = new TreeMap<>();
        for (Measurement m : ms) {
            double[] s = sums.computeIfAbsent(m.typeKey(), k -> new double[2]);
            s[0] += m.value().doubleValue();
            s[1]++;
        }
        Map<String, Double> out = new TreeMap<>();
        sums.forEach((k, s) -> out.put(k, round(s[0] / s[1])));
        return out;
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }
}
