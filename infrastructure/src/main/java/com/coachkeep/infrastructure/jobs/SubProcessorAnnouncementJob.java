package com.coachkeep.infrastructure.jobs;

import com.coachkeep.infrastructure.platform.PlatformReady;
import com.coachkeep.support.application.port.in.SendSubProcessorAnnouncementsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends sub-processor change announcements: every {@code coachkeep.sub-processors.announcement-interval-seconds}
 * (30) it queues batches of emails, one transaction per batch, until no announcement is left. Several nodes may run
 * it: each batch locks its announcement ({@code SKIP LOCKED}), and an email's idempotency key names the announcement
 * and the person, so nobody is emailed twice.
 */
@ApplicationScoped
public class SubProcessorAnnouncementJob {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(SubProcessorAnnouncementJob.class.getName());
    private static final int MAX_BATCHES_PER_RUN = 500;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SendSubProcessorAnnouncementsUseCase announcements;

    @Inject
    @ConfigProperty(name = "coachkeep.sub-processors.announcement-interval-seconds", defaultValue = "30")
    long intervalSeconds;

    private ScheduledFuture<?> schedule;

    void start(@Observes PlatformReady ready) {
        if (intervalSeconds <= 0) {
            LOG.info("sub-processor announcements are not sent from this node (coachkeep.sub-processors.announcement-interval-seconds=0)");
            return;
        }
        schedule = executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "sub-processor-announcement", this::run), intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    void run() {
        try {
            int total = 0;
            for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
                int queued = announcements.sendNextBatch();
                if (queued == 0) {
                    break;
                }
                total += queued;
            }
            if (total > 0) {
                int queuedTotal = total;
                LOG.info(() -> "sub-processor announcements: queued " + queuedTotal + " email(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sub-processor announcements: a batch failed; trying again at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
