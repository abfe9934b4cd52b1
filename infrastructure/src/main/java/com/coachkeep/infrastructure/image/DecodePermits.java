package com.coachkeep.infrastructure.image;

import com.coachkeep.shared.application.ImageDecodingBusyException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many images this server decodes at once. Decoding is what costs heap: a 12-megapixel photo allocates about
 * 280 MB from its decoding to its thumbnail, some 100 MB of it live at once, so a handful of concurrent uploads could
 * exhaust the heap and fail every request of the node. A decode takes a permit once the image's header has passed the
 * pixel limit (refusals before that cost nothing and never wait) and gives it back when both copies are encoded; when
 * none is free it waits up to {@link #WAIT}, then the upload is answered {@link ImageDecodingBusyException} (503 with
 * {@code Retry-After}), having stored nothing.
 *
 * <p>The number of permits is {@code coachkeep.images.max-concurrent-decodes}, or by default one for every
 * {@link #HEAP_PER_DECODE} of the maximum heap (at least one).
 */
public final class DecodePermits {
    /** The setting: how many decodes at once; unset, from the heap. */
    public static final String MAX_CONCURRENT = "coachkeep.images.max-concurrent-decodes";
    /** The heap set aside per decode when the number comes from the heap: a 12-megapixel photo with room to spare. */
    static final long HEAP_PER_DECODE = 256L * 1024 * 1024;
    /** How long an upload waits for a decode to finish (a 12-megapixel decode takes about half a second to a second). */
    static final Duration WAIT = Duration.ofSeconds(2);
    /** What the busy answer's {@code Retry-After} says. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final int size;
    private final Duration wait;
    private final Semaphore permits;

    DecodePermits(int size, Duration wait) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one decode at once");
        }
        this.size = size;
        this.wait = wait;
        this.permits = new Semaphore(size, true);
    }

    /** One decode for every {@link #HEAP_PER_DECODE} of {@code maxHeap} bytes, at least one. */
    static int fromHeap(long maxHeap) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxHeap / HEAP_PER_DECODE));
    }

    /**
     * The permits as configured: the setting's value when it is there, else from {@code maxHeap}; a start-up failure
     * naming the setting when it is not a whole number of at least 1.
     */
    static DecodePermits configured(Optional<String> setting, long maxHeap) {
        String raw = setting.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (raw == null) {
            return new DecodePermits(fromHeap(maxHeap), WAIT);
        }
        try {
            int n = Integer.parseInt(raw);
            if (n < 1) {
                throw new NumberFormatException("below 1");
            }
            return new DecodePermits(n, WAIT);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(MAX_CONCURRENT + " must be a whole number, 1 or more, was '" + raw + "'", e);
        }
    }

    /** How many decodes at once. */
    public int size() {
        return size;
    }

    /** How many decodes are running now. */
    public int inUse() {
        return size - permits.availablePermits();
    }

    /**
     * A permit to decode one image, given back by closing it (once; closing it again does nothing).
     *
     * @throws ImageDecodingBusyException when none became free within the wait (or the thread was interrupted waiting)
     */
    public Permit acquire() {
        try {
            if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new ImageDecodingBusyException(RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageDecodingBusyException(RETRY_AFTER);
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        };
    }

    /** A decode's permit. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
