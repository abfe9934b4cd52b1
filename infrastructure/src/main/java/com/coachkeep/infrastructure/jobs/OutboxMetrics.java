package com.coachkeep.infrastructure.jobs;

import com.coachkeep.infrastructure.platform.PlatformReady;
import com.coachkeep.notification.application.port.in.GetOutboxStatusUseCase;
import com.coachkeep.notification.application.port.in.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The outbox's depth and age as gauges on {@code /metrics}, the figures {@link OutboxHealthCheck} gives on
 * {@code /health/ready}: {@code coachkeep_outbox_pending}, {@code _retrying}, {@code _dead} and
 * {@code coachkeep_outbox_oldest_pending_seconds} (scope {@code application}). A scrape reads the outbox once (one
 * statement for the four, kept for a second); while the database is away the gauges read -1. Counts only, no
 * personal data.
 */
@ApplicationScoped
public class OutboxMetrics {
    static final long CACHE_NANOS = 1_000_000_000L;

    @Inject
    GetOutboxStatusUseCase outbox;

    @Inject
    MetricRegistry registry;

    private OutboxStatus last;
    private long lastRead;

    void register(@Observes PlatformReady ready) {
        gauge("coachkeep.outbox.pending", "Emails waiting to be sent", MetricUnits.NONE, OutboxStatus::pending);
        gauge("coachkeep.outbox.retrying", "Emails waiting for a retry after a failed attempt", MetricUnits.NONE, OutboxStatus::retrying);
        gauge("coachkeep.outbox.dead", "Emails dead-lettered after their last attempt, for an operator to look at",
                MetricUnits.NONE, OutboxStatus::dead);
        gauge("coachkeep.outbox.oldest.pending", "Age of the oldest waiting email", MetricUnits.SECONDS,
                s -> s.oldestPendingAge().toSeconds());
    }

    private void gauge(String name, String description, String unit, ToLongFunction<OutboxStatus> figure) {
        Metadata metadata = Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
        registry.gauge(metadata, this, m -> m.read(figure));
    }

    long read(ToLongFunction<OutboxStatus> figure) {
        OutboxStatus status = status();
        return status == null ? -1 : figure.applyAsLong(status);
    }

    private synchronized OutboxStatus status() {
        long now = System.nanoTime();
        if (last == null || now - lastRead > CACHE_NANOS) {
            try {
                last = outbox.status();
            } catch (RuntimeException e) {
                last = null;
            }
            lastRead = now;
        }
        return last;
    }
}
