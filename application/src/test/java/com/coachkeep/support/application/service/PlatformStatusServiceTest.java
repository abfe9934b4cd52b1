package com.coachkeep.support.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.support.application.port.in.PlatformStatus;
import com.coachkeep.support.application.port.out.PlatformHealthPort.ComponentHealth;
import com.coachkeep.testing.fakes.FakeIncidentRepository;
import com.coachkeep.testing.fakes.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-AVL-1")
class PlatformStatusServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

    String status(ComponentHealth... checks) {
        return new GetPlatformStatusService(() -> List.of(checks), new FakeIncidentRepository(), clock).status().status();
    }

    @Test
    void theOverallStatusFollowsTheReadinessChecks() {
        assertEquals(PlatformStatus.OPERATIONAL, status(new ComponentHealth("database", true, true), new ComponentHealth("outbox", true, false)));
        assertEquals(PlatformStatus.DEGRADED, status(new ComponentHealth("database", true, true), new ComponentHealth("outbox", false, false)));
        assertEquals(PlatformStatus.OUTAGE, status(new ComponentHealth("database", false, true), new ComponentHealth("outbox", true, false)));
    }
}
