package com.coachkeep.infrastructure.backup;

import com.coachkeep.privacy.domain.BackupRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** The backups' retention from {@code coachkeep.backup.retention-days}; more than 30 days is refused at start. */
@ApplicationScoped
public class BackupConfiguration {
    @Inject
    Config config;

    @Produces
    BackupRetention retention() {
        return BackupRetention.days(BackupSettings.from(config).retentionDays());
    }
}
