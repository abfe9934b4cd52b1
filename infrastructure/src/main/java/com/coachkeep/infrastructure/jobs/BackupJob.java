package com.coachkeep.infrastructure.jobs;

import com.coachkeep.infrastructure.backup.BackupSettings;
import com.coachkeep.infrastructure.platform.PlatformReady;
import com.coachkeep.privacy.application.port.in.BackUpDataUseCase;
import com.coachkeep.privacy.application.port.in.PruneBackupsUseCase;
import com.coachkeep.privacy.application.port.out.DatabaseBackupPort;
import com.coachkeep.privacy.domain.Backup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The backup job (P-BAK-1), on the managed scheduled executor: every minute (or every interval, when shorter) it takes
 * a backup when the newest one is older than {@code coachkeep.backup.interval-seconds}, then deletes the backups
 * older than the retention window (P-DEL-3). Deciding by the newest backup rather than by a timer makes the schedule
 * survive restarts: a server restarted every night still backs up daily, and one that was down backs up soon after it
 * is back. A failed backup is logged as SEVERE (alert on it) and tried again at the next check.
 */
@ApplicationScoped
public class BackupJob {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(BackupJob.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    BackUpDataUseCase backups;

    @Inject
    PruneBackupsUseCase retention;

    @Inject
    DatabaseBackupPort database;

    @Inject
    Config config;

    private ScheduledFuture<?> schedule;
    private volatile boolean busy;

    void start(@Observes PlatformReady ready) {
        BackupSettings settings = BackupSettings.from(config);
        if (!settings.enabled()) {
            LOG.info("backup job disabled on this node (coachkeep.backup.enabled=false)");
            return;
        }
        synchronized (this) {
            if (schedule != null) {
                return;
            }
            long every = settings.checkEvery().toMillis();
            schedule = executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "backup", () -> run(settings)), Math.min(every, 10_000), every, TimeUnit.MILLISECONDS);
        }
        LOG.info(() -> "backup job started: into " + settings.directory() + " every " + settings.interval().toSeconds() + " s, kept "
                + settings.retentionDays() + " days, with " + database.describe());
    }

    void run(BackupSettings settings) {
        if (busy) {
            return;
        }
        busy = true;
        try {
            long started = System.nanoTime();
            Optional<Backup> taken = backups.backUpIfDue(settings.interval());
            taken.ifPresent(b -> LOG.info(() -> String.format("backup %s taken: %,d bytes in %d ms", b.name(), b.bytes(),
                    (System.nanoTime() - started) / 1_000_000)));
            List<Backup> pruned = retention.prune();
            pruned.forEach(b -> LOG.info(() -> "backup " + b.name() + " deleted: older than the retention window"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "backup job: the backup failed; trying again at the next check", e);
        } finally {
            busy = false;
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }
}
