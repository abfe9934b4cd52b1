package com.coachkeep.infrastructure.jobs;

import com.coachkeep.billing.application.port.in.ApplyBillingEventsUseCase;
import com.coachkeep.infrastructure.platform.PlatformReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import com.coachkeep.billing.domain.InboxRetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The billing inbox: every {@code coachkeep.billing.inbox-interval-ms} (1000 by default; 0 turns it off on this node)
 * applies the stored Stripe events, a batch at a time, each in its own transaction, until none is pending. Several
 * nodes may run it: an event is locked ({@code FOR UPDATE SKIP LOCKED}) and must still be pending, so each is applied
 * once. A failure of one event is kept on its row and does not stop the others: an event whose application throws (a
 * bug, a fault of the database) is counted and tried again after a back-off that doubles each time
 * ({@code coachkeep.billing.inbox-retry-backoff-ms}, 10000 by default, at most an hour), and after
 * {@code coachkeep.billing.inbox-max-attempts} attempts (5 by default) kept as failed with its error, for an operator.
 */
@ApplicationScoped
public class BillingInboxJob {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(BillingInboxJob.class.getName());
    static final String INTERVAL = "coachkeep.billing.inbox-interval-ms";
    static final int BATCH = 200;
    static final String MAX_ATTEMPTS = "coachkeep.billing.inbox-max-attempts";
    static final String BACKOFF = "coachkeep.billing.inbox-retry-backoff-ms";

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ApplyBillingEventsUseCase inbox;

    @Inject
    Config config;

    private ScheduledFuture<?> schedule;
    private final AtomicLong applied = new AtomicLong();
    private InboxRetryPolicy retries = InboxRetryPolicy.DEFAULT;

    void start(@Observes PlatformReady ready) {
        retries = new InboxRetryPolicy(config.getOptionalValue(MAX_ATTEMPTS, Integer.class).orElse(InboxRetryPolicy.DEFAULT.maxAttempts()),
                Duration.ofMillis(config.getOptionalValue(BACKOFF, Long.class).orElse(InboxRetryPolicy.DEFAULT.firstBackoff().toMillis())),
                InboxRetryPolicy.DEFAULT.maxBackoff());
        long millis = config.getOptionalValue(INTERVAL, Long.class).orElse(1000L);
        if (millis <= 0) {
            LOG.info("the billing inbox is not drained on this node (" + INTERVAL + "=0)");
            return;
        }
        schedule = executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "billing-inbox", this::drain), millis, millis, TimeUnit.MILLISECONDS);
    }

    void drain() {
        try {
            List<String> ids;
            do {
                ids = inbox.pending(BATCH);
                for (String id : ids) {
                    try {
                        ApplyBillingEventsUseCase.Outcome outcome = inbox.apply(id);
                        if (outcome != ApplyBillingEventsUseCase.Outcome.NOT_PENDING) {
                            applied.incrementAndGet();
                        }
                        if (outcome == ApplyBillingEventsUseCase.Outcome.FAILED) {
                            LOG.warning(() -> "billing inbox: Stripe event " + id + " could not be applied; kept as failed");
                        }
                    } catch (RuntimeException e) {
                        attemptFailed(id, e);
                    }
                }
            } while (ids.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "billing inbox: reading pending events failed; trying again at the next interval", e);
        }
    }

    /** Counts the failed attempt (its transaction was rolled back) in a transaction of its own; the others go on. */
    void attemptFailed(String id, RuntimeException e) {
        ApplyBillingEventsUseCase.Outcome outcome = inbox.attemptFailed(id, describe(e), retries);
        if (outcome == ApplyBillingEventsUseCase.Outcome.FAILED) {
            applied.incrementAndGet();
            LOG.log(Level.SEVERE, "billing inbox: applying Stripe event " + id + " failed " + retries.maxAttempts()
                    + " times; kept as failed with its error for an operator (billing_webhook_event)", e);
        } else {
            LOG.log(Level.WARNING, "billing inbox: applying Stripe event " + id + " failed; tried again later", e);
        }
    }

    /** The exception and its causes, class and message each: what an operator needs, no stack trace. */
    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        java.util.Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable t = e; t != null && seen.add(t) && b.length() < 2000; t = t.getCause()) {
            b.append(b.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            if (t.getMessage() != null) {
                b.append(": ").append(t.getMessage());
            }
        }
        return b.length() > 2000 ? b.substring(0, 2000) : b.toString();
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
