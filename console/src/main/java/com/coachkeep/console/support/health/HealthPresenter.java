package com.coachkeep.console.support.health;

import com.coachkeep.support.application.port.in.GetPlatformStatusUseCase;
import com.coachkeep.support.application.port.in.PlatformStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Presents the platform status through {@link GetPlatformStatusUseCase}, the readiness checks' view of the platform. */
@Dependent
public class HealthPresenter {
    private final GetPlatformStatusUseCase status;

    @Inject
    public HealthPresenter(GetPlatformStatusUseCase status) {
        this.status = status;
    }

    public PlatformStatus status() {
        return status.status();
    }
}
