package com.coachkeep.infrastructure.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where signed checkpoints and their signing key live ({@code coachkeep.audit.dir}, by default
 * {@code <data dir>/audit}) and how often chains are checkpointed ({@code coachkeep.audit.checkpoint-interval-seconds}; 0 turns the job off on
 * this node, for clusters where one node signs).
 */
public record AuditSettings(Path directory, Duration checkpointInterval) {
    public static AuditSettings from(Config config) {
        String dataDir = text(config, "coachkeep.data.dir").orElse(System.getProperty("user.home") + "/.coachkeep");
        long seconds;
        String raw = text(config, "coachkeep.audit.checkpoint-interval-seconds").orElse("300");
        try {
            seconds = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("coachkeep.audit.checkpoint-interval-seconds must be a whole number, was '" + raw + "'", e);
        }
        return new AuditSettings(Path.of(text(config, "coachkeep.audit.dir").orElse(dataDir + "/audit")), Duration.ofSeconds(Math.max(0, seconds)));
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
