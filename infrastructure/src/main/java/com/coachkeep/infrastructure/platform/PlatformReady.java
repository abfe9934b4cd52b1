package com.coachkeep.infrastructure.platform;

/**
 * Fired once (synchronously, as a CDI event) when the database is reachable and its schema is
 * migrated, before the application accepts requests. Observers such as the development data
 * seeder run here; they may use the database.
 *
 * @param mode             the mode the server runs in
 * @param embeddedDatabase whether the database is the embedded development server
 */
public record PlatformReady(Mode mode, boolean embeddedDatabase) {

    /** Whether the server runs in development mode (demo data, development issuer allowed). */
    public boolean developmentMode() {
        return mode == Mode.DEVELOPMENT;
    }
}
