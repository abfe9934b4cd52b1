package com.coachkeep.infrastructure.jobs;

import com.coachkeep.infrastructure.platform.PlatformReady;
import com.coachkeep.privacy.application.port.in.EraseDeletedWorkspacesUseCase;
import com.coachkeep.privacy.application.port.in.SettleDeletedWorkspaceUseCase;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionRequestedEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The deletion job: erases deleted workspaces on the server's managed scheduled executor, one batch (one feature,
 * at most {@code coachkeep.deletion.batch-size} rows) per transaction, until none is waiting, then sleeps until the
 * next poll. Several nodes share the work ({@code FOR UPDATE SKIP LOCKED} on the deletion records). Once an hour,
 * finished deletions older than {@code coachkeep.deletion.retention-days} are forgotten.
 */
@ApplicationScoped
public class DeletionWorker {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(DeletionWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    EraseDeletedWorkspacesUseCase erasure;

    @Inject
    SettleDeletedWorkspaceUseCase settlement;

    @Inject
    Config config;

    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean busy;
    private int batchSize;

    void start(@Observes PlatformReady ready) {
        if (!config.getOptionalValue("coachkeep.deletion.enabled", Boolean.class).orElse(true)) {
            LOG.info("deletion job disabled on this node (coachkeep.deletion.enabled=false)");
            return;
        }
        batchSize = config.getOptionalValue("coachkeep.deletion.batch-size", Integer.class).orElse(500);
        long poll = config.getOptionalValue("coachkeep.deletion.poll-ms", Long.class).orElse(1000L);
        Duration retention = Duration.ofDays(config.getOptionalValue("coachkeep.deletion.retention-days", Integer.class).orElse(30));
        synchronized (this) {
            if (running) {
                return;
            }
            running = true;
            schedules.add(executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "deletion", this::drain), poll, poll, TimeUnit.MILLISECONDS));
            schedules.add(executor.scheduleWithFixedDelay(() -> forget(retention), 5, 60, TimeUnit.MINUTES));
        }
        LOG.info(() -> "deletion job started: batch " + batchSize + ", poll " + poll + " ms");
    }

    /**
     * After a deletion committed: what would keep charging the workspace outside Coachkeep (its subscription at Stripe) is
     * settled at once on the executor, not behind other deletions; when that fails, the job settles it before it erases
     * anything.
     */
    void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkspaceDeletionRequestedEvent event) {
        try {
            executor.execute(() -> {
                try {
                    settlement.settle(event.workspaceId());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "deletion: settling workspace " + event.workspaceId() + " failed; the deletion job retries", e);
                }
            });
        } catch (RuntimeException e) {
            // shutting down, or the executor is saturated: the deletion job settles it
            LOG.log(Level.FINE, "deletion: settling at once not scheduled", e);
        }
    }

    void drain() {
        if (busy) {
            return;
        }
        busy = true;
        try {
            while (running && erasure.eraseNextBatch(batchSize)) {
                // one batch per transaction, until no deletion is waiting
            }
        } catch (RuntimeException e) {
            // the batch rolled back and stays to be done: try again at the next poll
            LOG.log(Level.WARNING, "deletion job: a batch failed; retrying at the next poll", e);
        } finally {
            busy = false;
        }
    }

    private void forget(Duration retention) {
        try {
            erasure.forgetFinished(retention);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deletion job: forgetting finished deletions failed", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        schedules.forEach(s -> s.cancel(false));
        schedules.clear();
    }
}
