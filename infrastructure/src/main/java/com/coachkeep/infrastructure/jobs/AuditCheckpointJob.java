package com.coachkeep.infrastructure.jobs;

import com.coachkeep.audit.application.port.in.CheckpointAuditChainsUseCase;
import com.coachkeep.infrastructure.audit.AuditSettings;
import com.coachkeep.infrastructure.platform.PlatformReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Signs the head of every audit chain that grew, every {@code coachkeep.audit.checkpoint-interval-seconds} (5 minutes
 * by default), on the server's managed scheduled executor. Events newer than the last checkpoint are protected by
 * the chain alone until the next run: that interval is the window in which a rewrite of the newest events would go
 * unnoticed by the checkpoint comparison.
 */
@ApplicationScoped
public class AuditCheckpointJob {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(AuditCheckpointJob.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CheckpointAuditChainsUseCase checkpoints;

    @Inject
    Config config;

    private ScheduledFuture<?> schedule;

    void start(@Observes PlatformReady ready) {
        long seconds = AuditSettings.from(config).checkpointInterval().toSeconds();
        if (seconds == 0) {
            LOG.info("audit checkpoints are not signed on this node (coachkeep.audit.checkpoint-interval-seconds=0)");
            return;
        }
        schedule = executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "audit-checkpoint", this::run), seconds, seconds, TimeUnit.SECONDS);
    }

    void run() {
        try {
            int signed = checkpoints.checkpointAll();
            if (signed > 0) {
                LOG.fine(() -> "audit: signed checkpoints of " + signed + " chain(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit: signing checkpoints failed; trying again at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
