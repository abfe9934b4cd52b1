package com.coachkeep.infrastructure.jobs;

import com.coachkeep.infrastructure.persistence.outbox.EmailQueued;
import com.coachkeep.infrastructure.platform.PlatformReady;
import com.coachkeep.notification.application.port.in.DeliverQueuedEmailsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox worker: {@code coachkeep.outbox.workers} delivery loops on the server's managed scheduled executor
 * (Jakarta Concurrency), each claiming due emails through {@link DeliverQueuedEmailsUseCase} until none is left,
 * then sleeping until the next poll. A commit that queued an email wakes the loops at once, so an email usually
 * leaves within milliseconds of its transaction; the poll picks up what other nodes queued and what is due for a
 * retry. Several loops and several nodes share the work through {@code FOR UPDATE SKIP LOCKED}. Once an hour, sent
 * rows older than the retention are deleted.
 */
@ApplicationScoped
public class OutboxWorker {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    /** The longest wait between attempts while the database is away. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    @Resource
    ManagedScheduledExecutorService managedExecutor;

    @Inject
    DeliverQueuedEmailsUseCase delivery;

    @Inject
    OutboxConfiguration configuration;

    private final List<Loop> loops = new ArrayList<>();
    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();
    private ScheduledExecutorService executor;
    private volatile boolean running;

    void start(@Observes PlatformReady ready) {
        OutboxSettings settings = configuration.settings();
        if (!settings.enabled()) {
            LOG.info("outbox worker disabled on this node (coachkeep.outbox.enabled=false)");
            return;
        }
        start(managedExecutor, settings);
    }

    /** Starts the loops on the given executor; the server passes its managed one. */
    synchronized void start(ScheduledExecutorService executor, OutboxSettings settings) {
        if (running) {
            return;
        }
        this.executor = executor;
        running = true;
        long poll = settings.poll().toMillis();
        for (int i = 0; i < settings.workers(); i++) {
            Loop loop = new Loop(i + 1, settings.batchSize(), settings.poll());
            loops.add(loop);
            schedules.add(executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "outbox", loop::drain), 0, poll, TimeUnit.MILLISECONDS));
        }
        if (!settings.retention().isZero()) {
            schedules.add(executor.scheduleWithFixedDelay(() -> purge(settings.retention()), 1, 60, TimeUnit.MINUTES));
        }
        LOG.info(() -> "outbox worker started: " + settings.workers() + " loop(s), batch " + settings.batchSize() + ", poll "
                + settings.poll().toMillis() + " ms");
    }

    /** After a transaction that queued an email commits: deliver now rather than at the next poll. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailQueued event) {
        wake();
    }

    void wake() {
        if (!running) {
            return;
        }
        for (Loop loop : loops) {
            loop.wanted = true;
            if (!loop.busy) {
                try {
                    executor.execute(JobMetrics.timed(jobMetrics, "outbox", loop::drain));
                } catch (RuntimeException e) {
                    // shutting down, or the executor is saturated: the next poll delivers it
                    return;
                }
            }
        }
    }

    private void purge(Duration retention) {
        try {
            int purged = delivery.purgeDelivered(retention);
            if (purged > 0) {
                LOG.fine(() -> "outbox: " + purged + " delivered message(s) older than " + retention + " deleted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox: purging delivered messages failed", e);
        }
    }

    /** The next wait after a failed attempt: the poll interval, then doubling, at most {@link #MAX_BACKOFF}. */
    static Duration nextBackoff(Duration previous, Duration poll) {
        Duration next = previous.isZero() ? poll : previous.multipliedBy(2);
        return next.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : next;
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        schedules.forEach(s -> s.cancel(false));
        schedules.clear();
        loops.clear();
    }

    /** One delivery loop; never runs twice at once. */
    private final class Loop {
        private final int number;
        private final int batchSize;
        volatile boolean busy;
        volatile boolean wanted;
        private boolean failing;
        /** While the database is away: no attempt before this (System.nanoTime), doubling up to MAX_BACKOFF. */
        private long notBefore;
        private Duration backoff = Duration.ZERO;

        private final Duration poll;

        Loop(int number, int batchSize, Duration poll) {
            this.number = number;
            this.batchSize = batchSize;
            this.poll = poll;
        }

        void drain() {
            synchronized (this) {
                if (busy) {
                    return;
                }
                busy = true;
            }
            try {
                if (failing && System.nanoTime() - notBefore < 0) {
                    return;
                }
                do {
                    wanted = false;
                    while (running && delivery.deliverDue(batchSize) > 0) {
                        wanted = false;
                    }
                } while (running && wanted);
                if (failing) {
                    failing = false;
                    backoff = Duration.ZERO;
                    LOG.info(() -> "outbox loop " + number + " delivers again");
                }
            } catch (RuntimeException e) {
                // the database is away or the transaction failed: its rows stay pending; back off, doubling the wait
                backoff = nextBackoff(backoff, poll);
                notBefore = System.nanoTime() + backoff.toNanos();
                if (!failing) {
                    failing = true;
                    LOG.log(Level.WARNING, "outbox loop " + number + " failed; retrying with back-off up to " + MAX_BACKOFF.toSeconds()
                            + " s", e);
                }
            } finally {
                busy = false;
            }
        }
    }
}
