package com.coachkeep.infrastructure.jobs;

import com.coachkeep.notification.domain.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The outbox worker's configuration (see docs/operations/configuration.md).
 *
 * @param enabled   whether this node delivers (every node may; they share the work through row locks)
 * @param workers   concurrent delivery loops on this node
 * @param batchSize emails claimed per transaction; a crash can duplicate at most this many per worker
 * @param poll      how often an idle worker looks for due emails queued by other nodes or due for retry
 * @param retention how long sent and suppressed rows are kept
 */
public record OutboxSettings(boolean enabled, int workers, int batchSize, Duration poll, Duration retention, RetryPolicy retry) {
    public static OutboxSettings from(Config config) {
        return new OutboxSettings(
                Boolean.parseBoolean(text(config, "coachkeep.outbox.enabled").orElse("true")),
                (int) number(config, "coachkeep.outbox.workers", 2, 1, 64),
                (int) number(config, "coachkeep.outbox.batch-size", 20, 1, 500),
                Duration.ofMillis(number(config, "coachkeep.outbox.poll-interval-ms", 1000, 10, 3_600_000)),
                Duration.ofDays(number(config, "coachkeep.outbox.retention-days", 7, 0, 3650)),
                new RetryPolicy(Duration.ofMillis(number(config, "coachkeep.outbox.retry.first-delay-ms", 10_000, 1, Long.MAX_VALUE)),
                        Duration.ofMillis(number(config, "coachkeep.outbox.retry.max-delay-ms", 3_600_000, 1, Long.MAX_VALUE)),
                        (int) number(config, "coachkeep.outbox.retry.max-attempts", 12, 1, 1000)));
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static long number(Config config, String name, long fallback, long min, long max) {
        Optional<String> value = text(config, name);
        long n;
        try {
            n = value.map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, was '" + value.get() + "'", e);
        }
        if (n < min || n > max) {
            throw new IllegalStateException(name + " must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }
}
