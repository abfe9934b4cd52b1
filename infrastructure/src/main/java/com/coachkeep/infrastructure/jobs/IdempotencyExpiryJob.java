package com.coachkeep.infrastructure.jobs;

import com.coachkeep.infrastructure.persistence.shared.IdempotencyStore;
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
 * Deletes remembered responses of idempotent requests once they are older than 24 hours, every
 * {@code coachkeep.idempotency.expiry-interval-seconds} (an hour by default; 0 turns the job off on this node), on
 * the server's managed scheduled executor. A key is only honoured for 24 hours anyway; this keeps the copies from
 * outliving it.
 */
@ApplicationScoped
public class IdempotencyExpiryJob {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(IdempotencyExpiryJob.class.getName());
    static final String INTERVAL = "coachkeep.idempotency.expiry-interval-seconds";

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    IdempotencyStore store;

    @Inject
    Config config;

    private ScheduledFuture<?> schedule;

    void start(@Observes PlatformReady ready) {
        long seconds = interval(config);
        if (seconds == 0) {
            LOG.info("expired idempotency records are not purged on this node (" + INTERVAL + "=0)");
            return;
        }
        schedule = executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "idempotency-expiry", this::run), seconds, seconds, TimeUnit.SECONDS);
    }

    void run() {
        try {
            long purged = store.purgeExpired();
            if (purged > 0) {
                LOG.fine(() -> "idempotency: purged " + purged + " expired record(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "idempotency: purging expired records failed; trying again at the next interval", e);
        }
    }

    static long interval(Config config) {
        String raw = config.getOptionalValue(INTERVAL, String.class).map(String::strip).orElse("3600");
        try {
            long seconds = Long.parseLong(raw);
            if (seconds < 0) {
                throw new NumberFormatException("negative");
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(INTERVAL + " must be a whole number of seconds, 0 or more, was '" + raw + "'", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
