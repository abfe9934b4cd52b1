package com.coachkeep.infrastructure.jobs;

import com.coachkeep.infrastructure.platform.PlatformState;
import com.coachkeep.notification.application.port.in.GetOutboxStatusUseCase;
import com.coachkeep.notification.application.port.in.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox's figures for operators on {@code /health/ready}: emails waiting, waiting for a retry, dead-lettered
 * (to look at), and the age of the oldest waiting one. Always UP: a backlog or dead letters are for an operator to
 * act on, not a reason to take the node out of the load balancer. Counts only, no personal data.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {
    @Inject
    GetOutboxStatusUseCase outbox;

    @Inject
    PlatformState platform;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox").up();
        if (!platform.schemaMigrated()) {
            return response.withData("status", "not started").build();
        }
        try {
            OutboxStatus s = outbox.status();
            return response.withData("pending", s.pending()).withData("retrying", s.retrying()).withData("dead", s.dead())
                    .withData("oldestPendingSeconds", s.oldestPendingAge().toSeconds()).build();
        } catch (RuntimeException e) {
            return response.withData("status", "unavailable").build();
        }
    }
}
