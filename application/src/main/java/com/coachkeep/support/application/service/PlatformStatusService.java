package com.coachkeep.support.application.service;

import com.coachkeep.support.application.port.in.GetPlatformStatusUseCase;
import com.coachkeep.support.application.port.in.PlatformStatus;
import com.coachkeep.support.application.port.out.PlatformHealthPort;
import com.coachkeep.support.application.port.out.PlatformHealthPort.ComponentHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The public status from the readiness checks: every check up is {@code operational}; an essential one down (the
 * database) is an {@code outage}; any other down is {@code degraded}.
 */
@ApplicationScoped
public class PlatformStatusService implements GetPlatformStatusUseCase {
    private final PlatformHealthPort health;
    private final Clock clock;

    @Inject
    public PlatformStatusService(PlatformHealthPort health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    protected PlatformStatusService() {
        this(null, null);
    }

    @Override
    public PlatformStatus status() {
        List<ComponentHealth> checks = health.check();
        String overall = checks.stream().anyMatch(c -> !c.up() && c.essential()) ? PlatformStatus.OUTAGE
                : checks.stream().anyMatch(c -> !c.up()) ? PlatformStatus.DEGRADED : PlatformStatus.OPERATIONAL;
        return new PlatformStatus(overall, checks.stream().map(c -> new PlatformStatus.Component(c.name(),
                c.up() ? PlatformStatus.OPERATIONAL : c.essential() ? PlatformStatus.OUTAGE : PlatformStatus.DEGRADED)).toList(),
                clock.instant());
    }
}
