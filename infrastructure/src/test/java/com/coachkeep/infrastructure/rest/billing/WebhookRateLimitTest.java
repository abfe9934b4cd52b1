package com.coachkeep.infrastructure.rest.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.billing.application.port.in.WebhookSource;
import org.junit.jupiter.api.Test;

/** Each webhook endpoint takes its own number of deliveries a minute; beyond, a wait in whole seconds. */
class WebhookRateLimitTest {
    @Test
    void eachSourceHasItsOwnBucketAndARefusalSaysHowLongToWait() {
        WebhookRateLimit limit = new WebhookRateLimit();
        limit.perMinute = 3;
        limit.init();
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limit.tryTake(WebhookSource.CONNECT));
        }
        long wait = limit.tryTake(WebhookSource.CONNECT);
        assertTrue(wait >= 1 && wait <= 20, "wait " + wait);
        assertEquals(0, limit.tryTake(WebhookSource.PLATFORM), "the platform endpoint is not held up by Connect's deliveries");
    }
}
