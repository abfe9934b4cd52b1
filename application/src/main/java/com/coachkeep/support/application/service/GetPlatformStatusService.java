package com.coachkeep.support.application.service;

import com.coachkeep.support.application.port.in.GetPlatformStatusUseCase;
import com.coachkeep.support.application.port.in.PlatformStatus;
import com.coachkeep.support.application.port.out.IncidentRepository;
import com.coachkeep.support.application.port.out.PlatformHealthPort;
import com.coachkeep.support.application.port.out.PlatformHealthPort.ComponentHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The public status. The overall status comes from the readiness checks: every check up is {@code operational}; an
 * essential one down (the database) is an {@code outage}; any other down is {@code degraded}. Security incidents are
 * published beside it (open ones and those resolved in the last {@link #RESOLVED_SHOWN_FOR}), by their public text
 * only: an incident concerns data, not whether the service answers, so it does not change the overall status. While
 * the database is down, incidents cannot be read and the answer carries none.
 */
@ApplicationScoped
public class GetPlatformStatusService implements GetPlatformStatusUseCase {
    static final Duration RESOLVED_SHOWN_FOR = Duration.ofDays(14);
    static final int MAX_INCIDENTS = 20;

    private final PlatformHealthPort health;
    private final IncidentRepository incidents;
    private final Clock clock;

    @Inject
    public GetPlatformStatusService(PlatformHealthPort health, IncidentRepository incidents, Clock clock) {
        this.health = health;
        this.incidents = incidents;
        this.clock = clock;
    }

    protected GetPlatformStatusService() {
        this(null, null, null);
    }

    @Override
    @Transactional
    public PlatformStatus status() {
        Instant now = clock.instant();
        List<ComponentHealth> checks = health.check();
        boolean outage = checks.stream().anyMatch(c -> !c.up() && c.essential());
        String overall = outage ? PlatformStatus.OUTAGE
                : checks.stream().anyMatch(c -> !c.up()) ? PlatformStatus.DEGRADED : PlatformStatus.OPERATIONAL;
        List<PlatformStatus.Incident> published = outage ? List.of()
                : incidents.listPublic(now.minus(RESOLVED_SHOWN_FOR), MAX_INCIDENTS).stream()
                        .map(i -> new PlatformStatus.Incident(i.id(), i.title(), i.resolved() ? "resolved" : "open",
                                i.updates().stream().map(u -> new PlatformStatus.Update(u.postedAt(), u.text())).toList()))
                        .toList();
        return new PlatformStatus(overall, checks.stream().map(c -> new PlatformStatus.Component(c.name(),
                c.up() ? PlatformStatus.OPERATIONAL : c.essential() ? PlatformStatus.OUTAGE : PlatformStatus.DEGRADED)).toList(),
                published, now);
    }
}
