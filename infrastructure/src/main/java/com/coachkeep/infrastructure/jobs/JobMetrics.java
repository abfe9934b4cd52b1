package com.coachkeep.infrastructure.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * How long each run of a background job takes, for operators: one timer {@code coachkeep.job.duration} with the job's
 * name as its {@code job} tag, published on {@code /metrics} (Prometheus: {@code coachkeep_job_duration_seconds_count},
 * {@code _sum}, {@code _max} and quantiles, scope {@code application}). A job wraps what it schedules with
 * {@link #timed}; a run that throws is timed too.
 */
@ApplicationScoped
public class JobMetrics {
    static final Metadata DURATION = Metadata.builder().withName("coachkeep.job.duration")
            .withDescription("Duration of one run of a background job").withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    /** Each job's timer, looked up in the registry once: some jobs wrap a task on every wake (the outbox's commits). */
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    /** The task, timed under the job's name; the task itself when no registry is there (unit tests build jobs by hand). */
    public Runnable timed(String job, Runnable task) {
        if (registry == null) {
            return task;
        }
        Timer timer = timers.computeIfAbsent(job, name -> registry.timer(DURATION, new Tag("job", name)));
        return () -> timer.time(task);
    }

    /** For a job built without CDI: the task as it is, or timed when metrics are there. */
    static Runnable timed(JobMetrics metrics, String job, Runnable task) {
        return metrics == null ? task : metrics.timed(job, task);
    }
}
