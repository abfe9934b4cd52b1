package com.coachkeep.infrastructure.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.billing.application.port.out.BillingEventReaderPort;
import com.coachkeep.billing.domain.BillingEvent;
import com.stripe.Stripe;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Stripe-shaped subscription events read by stripe-java's deserializer: status, period end and price of the first item, the pause. */
class StripeSubscriptionEventTest {
    static String event(String type, String subscription) {
        return "{\"id\":\"evt_sub_1\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\",\"created\":1796000000,\"account\":\"acct_1\","
                + "\"type\":\"" + type + "\",\"data\":{\"object\":" + subscription + "}}";
    }

    @Test
    void aSubscriptionEventIsReadWithItsPeriodPriceAndPause() {
        BillingEvent e = new StripeEventReader().read(event("customer.subscription.updated", "{\"id\":\"sub_1\",\"object\":\"subscription\","
                + "\"customer\":\"cus_1\",\"status\":\"past_due\",\"cancel_at_period_end\":true,\"pause_collection\":{\"behavior\":\"void\","
                + "\"resumes_at\":1796600000},\"items\":{\"object\":\"list\",\"data\":[{\"id\":\"si_1\",\"object\":\"subscription_item\","
                + "\"current_period_end\":1798000000,\"price\":{\"id\":\"price_1\",\"object\":\"price\"}}]}}"));
        BillingEvent.SubscriptionChanged s = (BillingEvent.SubscriptionChanged) e;
        assertEquals("acct_1", s.accountId());
        assertEquals("sub_1", s.subscriptionId());
        assertEquals("cus_1", s.customerId());
        assertEquals("past_due", s.status());
        assertEquals("price_1", s.priceId());
        assertEquals(Instant.ofEpochSecond(1798000000), s.currentPeriodEnd());
        assertTrue(s.cancelAtPeriodEnd());
        assertEquals("void", s.pauseBehavior());
        assertEquals(Instant.ofEpochSecond(1796600000), s.pauseResumesAt());
        assertEquals(Instant.ofEpochSecond(1796000000), s.version().created());
    }

    @Test
    void aDeletedSubscriptionWithoutItemsOrPauseIsReadAndOneWithoutStatusIsUnreadable() {
        BillingEvent.SubscriptionChanged s = (BillingEvent.SubscriptionChanged) new StripeEventReader().read(event("customer.subscription.deleted",
                "{\"id\":\"sub_1\",\"object\":\"subscription\",\"customer\":\"cus_1\",\"status\":\"canceled\",\"pause_collection\":null}"));
        assertEquals("canceled", s.status());
        assertNull(s.priceId());
        assertNull(s.pauseBehavior());
        assertFalse(s.cancelAtPeriodEnd());
        assertThrows(BillingEventReaderPort.UnreadableEventException.class, () -> new StripeEventReader().read(event("customer.subscription.created",
                "{\"id\":\"sub_1\",\"object\":\"subscription\"}")));
    }
}
