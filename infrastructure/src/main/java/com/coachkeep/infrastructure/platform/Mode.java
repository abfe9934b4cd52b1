package com.coachkeep.infrastructure.platform;

import java.util.Locale;
import java.util.Optional;

/** The mode the server runs in, from {@code coachkeep.mode} ({@code COACHKEEP_MODE}). */
public enum Mode {
    /** Local development: embedded database and development issuer allowed. */
    DEVELOPMENT,
    /** A real deployment: the start-up guard refuses every development shortcut. */
    PRODUCTION;

    /** The mode named by a configuration value, or empty when the value names none. */
    public static Optional<Mode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "development" -> Optional.of(DEVELOPMENT);
            case "production" -> Optional.of(PRODUCTION);
            default -> Optional.empty();
        };
    }

    /** The configuration spelling of this mode. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
