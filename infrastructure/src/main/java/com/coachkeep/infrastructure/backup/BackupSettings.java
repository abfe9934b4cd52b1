package com.coachkeep.infrastructure.backup;

import com.coachkeep.infrastructure.platform.EmbeddedDatabase;
import com.coachkeep.infrastructure.platform.PlatformSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The backup settings (docs/operations/backups.md, docs/operations/configuration.md).
 *
 * @param enabled        {@code coachkeep.backup.enabled} (true): this node takes backups; with several nodes, enable
 *                       it on one
 * @param directory      {@code coachkeep.backup.dir} ({@code <data dir>/backups}, beside the embedded database)
 * @param interval       {@code coachkeep.backup.interval-seconds} (86,400: daily): a backup is taken when the newest
 *                       one is older than this, checked every minute (or every interval, when shorter)
 * @param retentionDays  {@code coachkeep.backup.retention-days} (30, the most P-DEL-3 allows)
 * @param pgDump         {@code coachkeep.backup.pg-dump} ({@code pg_dump} on the PATH): at least the server's major
 *                       version
 * @param databaseUrl    {@code coachkeep.backup.db.url} (the server's {@code coachkeep.db.url}), a JDBC URL
 * @param user           {@code coachkeep.backup.db.user}: a role that reads every row despite row-level security
 *                       (superuser {@code postgres} of the embedded database; {@code coachkeep_backup}, with
 *                       {@code BYPASSRLS} and {@code pg_read_all_data}, for a configured one)
 * @param password       {@code coachkeep.backup.db.password} (none), handed to {@code pg_dump} through its environment
 */
public record BackupSettings(boolean enabled, Path directory, Duration interval, int retentionDays, String pgDump, String databaseUrl,
        String user, String password) {
    public static final String DEFAULT_BACKUP_ROLE = "coachkeep_backup";

    public static BackupSettings from(Config config) {
        PlatformSettings platform = PlatformSettings.from(config);
        String url = text(config, "coachkeep.backup.db.url").orElseGet(() -> platform.embeddedDatabase()
                ? "jdbc:postgresql://127.0.0.1:" + platform.embeddedDatabasePort() + "/" + EmbeddedDatabase.DATABASE
                : platform.databaseUrl());
        return new BackupSettings(
                config.getOptionalValue("coachkeep.backup.enabled", Boolean.class).orElse(true),
                text(config, "coachkeep.backup.dir").map(Path::of).orElse(platform.dataDirectory().resolve("backups")),
                Duration.ofSeconds(config.getOptionalValue("coachkeep.backup.interval-seconds", Long.class).orElse(86_400L)),
                config.getOptionalValue("coachkeep.backup.retention-days", Integer.class).orElse(30),
                text(config, "coachkeep.backup.pg-dump").orElse("pg_dump"),
                url,
                text(config, "coachkeep.backup.db.user").orElse(platform.embeddedDatabase() ? "postgres" : DEFAULT_BACKUP_ROLE),
                text(config, "coachkeep.backup.db.password").orElse(null));
    }

    /** How often the job looks whether a backup is due: every minute, or every interval when that is shorter. */
    public Duration checkEvery() {
        return interval.compareTo(Duration.ofMinutes(1)) < 0 ? interval : Duration.ofMinutes(1);
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
