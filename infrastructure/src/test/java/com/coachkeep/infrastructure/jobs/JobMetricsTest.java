package com.coachkeep.infrastructure.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

/** The jobs' timers: one registry look-up per job name, however often a job wraps its task. */
class JobMetricsTest {
    /** The registry's look-ups (the job tag of each) and the runs each timer timed. */
    private final List<String> lookUps = new ArrayList<>();
    private final AtomicInteger timedRuns = new AtomicInteger();

    private final JobMetrics metrics = new JobMetrics();

    JobMetricsTest() {
        metrics.registry = (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MetricRegistry.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("timer") && args.length == 2 && args[0] instanceof Metadata m) {
                        assertEquals(JobMetrics.DURATION.getName(), m.getName());
                        Tag tag = ((Tag[]) args[1])[0];
                        lookUps.add(tag.getTagValue());
                        return timer();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Timer timer() {
        return (Timer) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Timer.class}, (proxy, method, args) -> {
            if (method.getName().equals("time") && args != null && args.length == 1 && args[0] instanceof Runnable task) {
                timedRuns.incrementAndGet();
                task.run();
                return null;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    @Test
    void aJobsTimerIsLookedUpOnceHoweverOftenItWrapsATask() {
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 1000; i++) {
            metrics.timed("outbox", ran::incrementAndGet).run();
        }
        metrics.timed("export", ran::incrementAndGet).run();
        metrics.timed("export", ran::incrementAndGet).run();

        assertEquals(List.of("outbox", "export"), lookUps);
        assertEquals(1002, ran.get());
        assertEquals(1002, timedRuns.get(), "every run is timed");
    }

    @Test
    void withoutARegistryTheTaskIsItself() {
        Runnable task = () -> { };
        assertSame(task, JobMetrics.timed(null, "outbox", task));
        assertSame(task, new JobMetrics().timed("outbox", task));
    }
}
