package com.coachkeep.infrastructure.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.notification.application.port.in.DeliverQueuedEmailsUseCase;
import com.coachkeep.notification.domain.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker's scheduling, on a plain scheduled executor standing in for the server's managed one. */
class OutboxWorkerTest {
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(4);
    private final OutboxWorker worker = new OutboxWorker();

    /** A queue of due emails; each call claims up to the batch size. */
    static final class FakeDelivery implements DeliverQueuedEmailsUseCase {
        final AtomicInteger due = new AtomicInteger();
        final AtomicInteger delivered = new AtomicInteger();
        final AtomicInteger failuresLeft = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();
        volatile CountDownLatch allDelivered = new CountDownLatch(1);
        int expected;

        @Override
        public int deliverDue(int limit) {
            attempts.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database away");
            }
            int claimed = 0;
            while (claimed < limit && due.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                claimed++;
            }
            if (delivered.addAndGet(claimed) >= expected && expected > 0) {
                allDelivered.countDown();
            }
            return claimed;
        }

        @Override
        public int purgeDelivered(Duration keptFor) {
            return 0;
        }
    }

    private OutboxSettings settings(int workers, Duration poll) {
        return new OutboxSettings(true, workers, 1, poll, Duration.ZERO, RetryPolicy.STANDARD);
    }

    @AfterEach
    void stop() {
        worker.stop();
        executor.shutdownNow();
    }

    @Test
    void workersDrainEverythingDueWithoutWaitingForTheNextPoll() throws Exception {
        FakeDelivery delivery = new FakeDelivery();
        delivery.due.set(500);
        delivery.expected = 500;
        worker.delivery = delivery;

        worker.start(executor, settings(2, Duration.ofHours(1)));

        assertTrue(delivery.allDelivered.await(10, TimeUnit.SECONDS));
        assertEquals(500, delivery.delivered.get());
    }

    @Test
    void aCommitThatQueuedAnEmailWakesTheWorkersAtOnce() throws Exception {
        FakeDelivery delivery = new FakeDelivery();
        worker.delivery = delivery;
        worker.start(executor, settings(2, Duration.ofHours(1)));
        Thread.sleep(200); // the first, empty poll is over; the next one is an hour away

        delivery.expected = 3;
        delivery.due.set(3);
        worker.wake();

        assertTrue(delivery.allDelivered.await(5, TimeUnit.SECONDS), "delivered without waiting an hour");
    }

    @Test
    void aFailingDatabaseDoesNotStopTheWorker() throws Exception {
        FakeDelivery delivery = new FakeDelivery();
        delivery.failuresLeft.set(3);
        delivery.due.set(10);
        delivery.expected = 10;
        worker.delivery = delivery;

        worker.start(executor, settings(1, Duration.ofMillis(20)));

        assertTrue(delivery.allDelivered.await(10, TimeUnit.SECONDS));
    }

    @Test
    void theWaitBetweenAttemptsDoublesFromThePollIntervalUpToTheMaximum() {
        Duration poll = Duration.ofMillis(500);
        Duration wait = Duration.ZERO;
        StringBuilder waits = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            wait = OutboxWorker.nextBackoff(wait, poll);
            waits.append(wait.toMillis()).append(' ');
        }
        assertEquals("500 1000 2000 4000 8000 10000 10000 ", waits.toString());
    }

    @Test
    void whileTheDatabaseIsAwayTheWorkerBacksOffInsteadOfPollingAtFullRate() throws Exception {
        FakeDelivery delivery = new FakeDelivery();
        delivery.failuresLeft.set(Integer.MAX_VALUE);
        worker.delivery = delivery;
        worker.start(executor, settings(1, Duration.ofMillis(10)));
        long end = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < end) {
            worker.wake(); // commits elsewhere keep waking it: the back-off holds anyway
            Thread.sleep(5);
        }
        // polling every 10 ms would try about 100 times; doubling waits of 10, 20, 40 ... ms fit at most 7 in a second
        int attempts = delivery.attempts.get();
        assertTrue(attempts >= 2 && attempts <= 8, "attempts in one second of outage: " + attempts);
    }
}
