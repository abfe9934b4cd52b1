package com.coachkeep.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.ImageDecodingBusyException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The node's limit on concurrent image decodes. */
class DecodePermitsTest {
    private static final long MB = 1024L * 1024;

    @Test
    void theNumberComesFromTheHeapUnlessItIsConfigured() {
        assertEquals(1, DecodePermits.fromHeap(160 * MB), "a small heap still decodes one image at a time");
        assertEquals(1, DecodePermits.fromHeap(0));
        assertEquals(3, DecodePermits.fromHeap(768 * MB));
        assertEquals(5, DecodePermits.fromHeap(1280 * MB), "the test server's heap");
        assertEquals(8, DecodePermits.fromHeap(2048 * MB));
        assertEquals(5, DecodePermits.configured(Optional.empty(), 1280 * MB).size());
        assertEquals(5, DecodePermits.configured(Optional.of(" "), 1280 * MB).size(), "blank is unset");
        assertEquals(12, DecodePermits.configured(Optional.of(" 12 "), 1280 * MB).size());
        for (String wrong : new String[] {"0", "-1", "two", "1.5"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DecodePermits.configured(Optional.of(wrong), 1280 * MB));
            assertTrue(e.getMessage().contains(DecodePermits.MAX_CONCURRENT) && e.getMessage().contains(wrong), e.getMessage());
        }
    }

    @Test
    void whenEveryPermitIsTakenADecodeWaitsThenIsAnsweredBusy() {
        DecodePermits permits = new DecodePermits(2, Duration.ofMillis(50));
        DecodePermits.Permit first = permits.acquire();
        DecodePermits.Permit second = permits.acquire();
        assertEquals(2, permits.inUse());

        ImageDecodingBusyException busy = assertThrows(ImageDecodingBusyException.class, permits::acquire);
        assertEquals(DecodePermits.RETRY_AFTER, busy.retryAfter());
        assertTrue(busy.getMessage().contains("Retry after 2 seconds"), busy.getMessage());
        assertEquals(2, permits.inUse(), "a refused decode takes nothing");

        first.close();
        second.close();
        assertEquals(0, permits.inUse());
    }

    @Test
    void aWaitingDecodeTakesThePermitAsSoonAsOneIsGivenBack() throws Exception {
        DecodePermits permits = new DecodePermits(1, Duration.ofMinutes(1));
        DecodePermits.Permit held = permits.acquire();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<DecodePermits.Permit> next = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            return permits.acquire();
        });
        assertTrue(waiting.await(10, TimeUnit.SECONDS));
        assertEquals(1, permits.inUse());

        held.close();

        DecodePermits.Permit taken = next.get(10, TimeUnit.SECONDS);
        assertEquals(1, permits.inUse(), "the waiting decode holds the permit given back");
        taken.close();
        assertEquals(0, permits.inUse());
    }

    @Test
    void aPermitIsGivenBackOnceHoweverOftenItIsClosed() {
        DecodePermits permits = new DecodePermits(2, Duration.ofMillis(10));
        DecodePermits.Permit one = permits.acquire();
        DecodePermits.Permit two = permits.acquire();
        one.close();
        one.close();
        one.close();
        assertEquals(1, permits.inUse(), "closing one permit three times frees one place, not three");
        permits.acquire();
        assertThrows(ImageDecodingBusyException.class, permits::acquire);
        two.close();
    }

    @Test
    void anInterruptedWaitIsAnsweredBusyAndKeepsTheInterrupt() {
        DecodePermits permits = new DecodePermits(1, Duration.ofMinutes(1));
        DecodePermits.Permit held = permits.acquire();
        Thread.currentThread().interrupt();
        try {
            assertThrows(ImageDecodingBusyException.class, permits::acquire);
            assertTrue(Thread.interrupted(), "the thread is still marked interrupted (and the mark is cleared here)");
        } finally {
            Thread.interrupted();
            held.close();
        }
    }
}
