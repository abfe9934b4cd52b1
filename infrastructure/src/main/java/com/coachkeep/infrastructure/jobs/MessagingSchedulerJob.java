package com.coachkeep.infrastructure.jobs;

import com.coachkeep.infrastructure.platform.PlatformReady;
import com.coachkeep.messaging.application.port.in.DeliverScheduledMessagesUseCase;
import com.coachkeep.messaging.application.port.in.DigestUnreadMessagesUseCase;
import com.coachkeep.messaging.application.port.in.RunAnnouncementsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Sends scheduled messages when they fall due, every {@code coachkeep.messaging.scheduler-interval-seconds} (5 by
 * default; 0 turns the job off on this node), on the server's managed scheduled executor: up to 100 due messages per
 * round, each in its own transaction. Several nodes share the work: each message is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and sent once. Each round also sends running announcements, 50 messages per
 * transaction, and their progress with them; and every {@code coachkeep.messaging.digest-interval-seconds} (900, a
 * quarter of an hour, by default), the unread-message digests of the workspaces with messages in the last week.
 */
@ApplicationScoped
public class MessagingSchedulerJob {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(MessagingSchedulerJob.class.getName());
    static final String INTERVAL = "coachkeep.messaging.scheduler-interval-seconds";
    static final int BATCH = 100;
    static final int ANNOUNCEMENT_BATCH = 50;
    static final String DIGEST_INTERVAL = "coachkeep.messaging.digest-interval-seconds";
    /**
     * How often the unread-message digests are looked for by default (at the first round after this many seconds): a
     * digest tells of messages unread for the workspace's {@code emailUnreadAfterMinutes} (60 by default), so a quarter
     * of an hour more is late enough to matter little and spares a scan of every recent workspace every few seconds.
     */
    static final long DIGEST_SECONDS = 900;

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    DeliverScheduledMessagesUseCase deliveries;
    @Inject
    RunAnnouncementsUseCase announcements;
    @Inject
    DigestUnreadMessagesUseCase digests;

    @Inject
    Config config;

    private long digestNanos = TimeUnit.SECONDS.toNanos(DIGEST_SECONDS);
    private long lastDigest;

    private ScheduledFuture<?> schedule;

    void start(@Observes PlatformReady ready) {
        long seconds = interval(config);
        digestNanos = TimeUnit.SECONDS.toNanos(seconds(config, DIGEST_INTERVAL, DIGEST_SECONDS, 1));
        lastDigest = System.nanoTime() - digestNanos;
        if (seconds == 0) {
            LOG.info("scheduled messages are not sent from this node (" + INTERVAL + "=0)");
            return;
        }
        schedule = executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "messaging-scheduler", this::run), seconds, seconds, TimeUnit.SECONDS);
    }

    void run() {
        try {
            int sent = 0;
            for (UUID[] due : deliveries.due(BATCH)) {
                try {
                    if (deliveries.deliver(due[0], due[1])) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "messaging: sending scheduled message " + due[1] + " failed; trying again at the next round", e);
                }
            }
            if (sent > 0) {
                int n = sent;
                LOG.fine(() -> "messaging: sent " + n + " scheduled message(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "messaging: finding due scheduled messages failed; trying again at the next round", e);
        }
        try {
            for (UUID[] running : announcements.running(10)) {
                try {
                    // batch after batch, each its own transaction, until this announcement is done or taken by another node
                    while (announcements.sendNext(running[0], running[1], ANNOUNCEMENT_BATCH) > 0) {
                        LOG.finest("messaging: announcement batch sent");
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "messaging: a batch of announcement " + running[1] + " failed; trying again at the next round", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "messaging: finding running announcements failed; trying again at the next round", e);
        }
        if (System.nanoTime() - lastDigest >= digestNanos) {
            lastDigest = System.nanoTime();
            try {
                for (UUID workspace : digests.workspacesWithRecentMessages(500)) {
                    try {
                        digests.digest(workspace);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "messaging: the unread digests of workspace " + workspace + " failed; trying again later", e);
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "messaging: finding workspaces for unread digests failed; trying again later", e);
            }
        }
    }

    static long interval(Config config) {
        return seconds(config, INTERVAL, 5, 0);
    }

    /** A setting in whole seconds, at least {@code minimum}; a start-up failure naming the setting otherwise. */
    static long seconds(Config config, String name, long byDefault, long minimum) {
        String raw = config.getOptionalValue(name, String.class).map(String::strip).orElse(Long.toString(byDefault));
        try {
            long seconds = Long.parseLong(raw);
            if (seconds < minimum) {
                throw new NumberFormatException("below " + minimum);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number of seconds, " + minimum + " or more, was '" + raw + "'", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
