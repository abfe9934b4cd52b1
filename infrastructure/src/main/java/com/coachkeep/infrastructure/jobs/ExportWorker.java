package com.coachkeep.infrastructure.jobs;

import com.coachkeep.infrastructure.platform.PlatformReady;
import com.coachkeep.infrastructure.storage.ZipExportArchives;
import com.coachkeep.privacy.application.port.in.RunExportsUseCase;
import com.coachkeep.privacy.application.port.out.ExportJobPort;
import com.coachkeep.privacy.domain.ExportId;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs exports on the server's managed scheduled executor, one at a time per node: woken when a request that queued an
 * export commits, and polling every {@code coachkeep.export.poll-seconds} for exports queued on other nodes or
 * abandoned by a node that died (a running export whose heartbeat is older than {@code coachkeep.export.stale-minutes}
 * is claimed again). Several nodes share the queue through {@code FOR UPDATE SKIP LOCKED}. Every hour, and at start,
 * archives past their expiry are deleted; at start, scratch files of interrupted exports are removed.
 */
@ApplicationScoped
public class ExportWorker implements ExportJobPort {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(ExportWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    RunExportsUseCase runs;
    @Inject
    ZipExportArchives archives;
    @Inject
    ExportConfiguration configuration;

    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean running;
    private volatile boolean wanted;
    private boolean failing;

    synchronized void start(@Observes PlatformReady ready) {
        if (!configuration.enabled()) {
            LOG.info("export worker disabled on this node (coachkeep.export.enabled=false)");
            return;
        }
        try {
            int removed = archives.removeLeftovers();
            if (removed > 0) {
                LOG.info(() -> "export worker: removed " + removed + " scratch file(s) of interrupted exports");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "export worker: could not remove scratch files of interrupted exports", e);
        }
        running = true;
        long poll = configuration.poll().toMillis();
        schedules.add(executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "export", this::drain), poll, poll, TimeUnit.MILLISECONDS));
        schedules.add(executor.scheduleWithFixedDelay(this::expire, 0, 60, TimeUnit.MINUTES));
    }

    @Override
    public void queued(ExportId id) {
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        wake();
                    }
                }
            });
        } else {
            wake();
        }
    }

    void wake() {
        wanted = true;
        if (!running || busy.get()) {
            return;
        }
        try {
            executor.execute(JobMetrics.timed(jobMetrics, "export", this::drain));
        } catch (RuntimeException e) {
            // shutting down or saturated: the next poll runs it
        }
    }

    void drain() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            do {
                wanted = false;
                while (running && runs.runNext()) {
                    wanted = false;
                }
            } while (running && wanted);
            if (failing) {
                failing = false;
                LOG.info("export worker runs again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "export worker failed; retrying at the next poll", e);
            }
        } finally {
            busy.set(false);
        }
    }

    void expire() {
        try {
            int expired = runs.expireDue();
            if (expired > 0) {
                LOG.info(() -> "export worker: " + expired + " expired archive(s) deleted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "export worker: deleting expired archives failed; trying again in an hour", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        schedules.forEach(s -> s.cancel(false));
        schedules.clear();
    }
}
