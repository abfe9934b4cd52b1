package com.coachkeep.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoachSubscriptionTest {
    static final WorkspaceId W = new WorkspaceId(UUID.randomUUID());

    static BillingEvent.CoachSubscriptionChanged event(String id, long at, String status, String price, boolean cancelAtPeriodEnd) {
        return new BillingEvent.CoachSubscriptionChanged(new StripeVersion(Instant.ofEpochSecond(at), id), W.toString(), "chk", "sub_1", "cus_1", price,
                status, Instant.ofEpochSecond(at + 1000), cancelAtPeriodEnd, "canceled".equals(status) ? Instant.ofEpochSecond(at) : null,
                Instant.ofEpochSecond(1));
    }

    @Test
    void anOlderEventNeverMovesTheSubscriptionBackwards() {
        CoachSubscription active = CoachSubscription.mirror(null, W, event("evt_2", 200, "active", "price_s", false), "starter");
        assertSame(active, CoachSubscription.mirror(active, W, event("evt_1", 100, "incomplete", "price_s", false), "starter"));
        assertSame(active, CoachSubscription.mirror(active, W, event("evt_2", 200, "active", "price_s", false), "starter"));
        CoachSubscription ended = CoachSubscription.mirror(active, W, event("evt_3", 300, "canceled", "price_s", false), "starter");
        assertEquals("canceled", ended.status());
        assertEquals(Instant.ofEpochSecond(300), ended.canceledAt());
    }

    @Test
    void everyOrderOfTheSameEventsConvergesOnTheSameSubscription() {
        List<BillingEvent.CoachSubscriptionChanged> scenario = List.of(event("evt_a", 100, "incomplete", "price_s", false),
                event("evt_b", 101, "active", "price_s", false), event("evt_c", 150, "active", "price_p", false),
                event("evt_d", 150, "active", "price_p", true), event("evt_e", 190, "canceled", "price_p", false));
        Set<CoachSubscription> outcomes = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            List<BillingEvent.CoachSubscriptionChanged> deliveries = new ArrayList<>(scenario);
            deliveries.addAll(scenario);
            Collections.shuffle(deliveries, new Random(seed));
            CoachSubscription s = CoachSubscription.fromCheckout(null, W, "sub_1", "cus_1", new CoachPlan("starter", "price_s", 2));
            for (var e : deliveries) {
                s = CoachSubscription.mirror(s, W, e, e.priceId().equals("price_p") ? "pro" : "starter");
            }
            outcomes.add(s);
        }
        assertEquals(1, outcomes.size(), outcomes.toString());
        CoachSubscription last = outcomes.iterator().next();
        assertEquals("canceled", last.status());
        assertEquals("pro", last.planKey());
        assertEquals("evt_e", last.version().eventId());
    }

    @Test
    void aCompletedCheckoutRecordsTheCustomerAndNeverOverwritesWhatASubscriptionEventSaid() {
        CoachPlan starter = new CoachPlan("starter", "price_s", 2);
        CoachSubscription fromCheckout = CoachSubscription.fromCheckout(null, W, "sub_1", "cus_1", starter);
        assertEquals("incomplete", fromCheckout.status());
        assertNull(fromCheckout.version());
        assertEquals("starter", fromCheckout.planKey());
        CoachSubscription active = CoachSubscription.mirror(fromCheckout, W, event("evt_1", 100, "active", "price_s", false), "starter");
        assertEquals("active", active.status());
        assertSame(active, CoachSubscription.fromCheckout(active, W, "sub_1", "cus_1", starter));
    }
}
