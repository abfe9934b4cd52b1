package com.coachkeep.infrastructure.jobs;

import com.coachkeep.checkin.application.port.in.SendCheckinRemindersUseCase;
import com.coachkeep.infrastructure.platform.PlatformReady;
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
 * Sends check-in reminders and overdue notices every {@code coachkeep.checkin.reminder-interval-seconds} (300 by
 * default; 0 turns the job off on this node), on the server's managed scheduled executor: it finds the workspaces with
 * schedules as the worker role, then runs each workspace in its own transaction as the application role under that
 * workspace. Several nodes may run it: each notice is recorded under a unique key before its email is queued, so a
 * notice two nodes find at once is sent by one of them.
 */
@ApplicationScoped
public class CheckinReminderJob {
    @Inject
    JobMetrics jobMetrics;

    private static final Logger LOG = Logger.getLogger(CheckinReminderJob.class.getName());
    static final String INTERVAL = "coachkeep.checkin.reminder-interval-seconds";
    /** Workspaces per round; the rest wait for the next round. */
    static final int WORKSPACES = 1000;

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    SendCheckinRemindersUseCase reminders;
    @Inject
    Config config;

    private ScheduledFuture<?> schedule;

    void start(@Observes PlatformReady ready) {
        long seconds = MessagingSchedulerJob.seconds(config, INTERVAL, 300, 0);
        if (seconds == 0) {
            LOG.info("check-in reminders are not sent from this node (" + INTERVAL + "=0)");
            return;
        }
        schedule = executor.scheduleWithFixedDelay(JobMetrics.timed(jobMetrics, "checkin-reminders", this::run), Math.min(seconds, 30), seconds, TimeUnit.SECONDS);
    }

    void run() {
        try {
            int emails = 0;
            for (UUID workspace : reminders.workspacesWithSchedules(WORKSPACES)) {
                try {
                    emails += reminders.remind(workspace);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "check-in reminders of workspace " + workspace + " failed; trying again at the next round", e);
                }
            }
            if (emails > 0) {
                int n = emails;
                LOG.fine(() -> "check-in reminders: queued " + n + " email(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "check-in reminders: finding workspaces failed; trying again at the next round", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
