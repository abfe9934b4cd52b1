package com.coachkeep.infrastructure.jobs;

import com.coachkeep.privacy.domain.ExportPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The export settings (docs/data-export.md): {@code coachkeep.export.daily-limit} (3),
 * {@code coachkeep.export.retention-days} (7), {@code coachkeep.export.link-minutes} (15),
 * {@code coachkeep.export.stale-minutes} (10), {@code coachkeep.export.poll-seconds} (5) and
 * {@code coachkeep.export.enabled} (true: this node runs exports).
 */
@ApplicationScoped
public class ExportConfiguration {
    @Inject
    Config config;

    @Produces
    ExportPolicy policy() {
        return new ExportPolicy(value("coachkeep.export.daily-limit", 3), Duration.ofDays(value("coachkeep.export.retention-days", 7)),
                Duration.ofMinutes(value("coachkeep.export.link-minutes", 15)), Duration.ofMinutes(value("coachkeep.export.stale-minutes", 10)));
    }

    Duration poll() {
        return Duration.ofSeconds(value("coachkeep.export.poll-seconds", 5));
    }

    boolean enabled() {
        return config.getOptionalValue("coachkeep.export.enabled", Boolean.class).orElse(true);
    }

    private int value(String name, int fallback) {
        return config.getOptionalValue(name, Integer.class).orElse(fallback);
    }
}
