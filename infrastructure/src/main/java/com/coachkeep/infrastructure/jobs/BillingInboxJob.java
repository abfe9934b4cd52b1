package com.coachkeep.infrastructure.jobs;

import com.coachkeep.billing.application.port.in.ApplyBillingEventsUseCase;
import com.coachkeep.infrastructure.platform.PlatformReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
 * once. A failure of one event is kept on its row and does not stop the others.
 */
@ApplicationScoped
public class BillingInboxJob {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(BillingInboxJob.class.getName());
    static final String INTERVAL = "coachkeep.billing.inbox-interval-ms";
    static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ApplyBillingEventsUseCase inbox;

    @Inject
    Config config;

    private ScheduledFuture<?> schedule;
    private final AtomicLong applied = new AtomicLong();

    void start(@Observes PlatformReady ready) {
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
                        LOG.log(Level.WARNING, "billing inbox: applying Stripe event " + id + " failed; it stays pending", e);
                        return;
                    }
                }
            } while (ids.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "billing inbox: reading pending events failed; trying again at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
