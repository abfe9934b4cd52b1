package com.coachkeep.infrastructure.jobs;

import com.coachkeep.notification.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** Reads the outbox settings once and hands the retry policy to the delivery service. */
@ApplicationScoped
public class OutboxConfiguration {
    @Inject
    Config config;

    private volatile OutboxSettings settings;

    public OutboxSettings settings() {
        if (settings == null) {
            settings = OutboxSettings.from(config);
        }
        return settings;
    }

    @Produces
    RetryPolicy retryPolicy() {
        return settings().retry();
    }
}
