package com.coachkeep.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoachPlanLimitTest {
    static final WorkspaceId W = new WorkspaceId(UUID.randomUUID());
    static final List<CoachPlan> PLANS = List.of(new CoachPlan("starter", "price_s", 2), new CoachPlan("pro", "price_p", null));

    static CoachSubscription sub(String id, String price, String status, long created) {
        return new CoachSubscription(W, id, "cus_1", null, price, status, null, false, null, Instant.ofEpochSecond(created),
                new StripeVersion(Instant.ofEpochSecond(created), "evt_" + id));
    }

    @Test
    void withoutASubscriptionTheFreeLimitAppliesAndNoneByDefault() {
        CoachPlanLimit none = new CoachPlanLimit(List.of(), PLANS, null);
        assertEquals(Optional.empty(), none.limit());
        none.requireRoomFor(10_000);
        CoachPlanLimit free = new CoachPlanLimit(List.of(), PLANS, 1);
        free.requireRoomFor(1);
        PlanLimitReachedException e = assertThrows(PlanLimitReachedException.class, () -> free.requireRoomFor(2));
        assertEquals(1, e.limit());
        assertTrue(e.getMessage().startsWith("Without a subscription this workspace allows 1 active client,"), e.getMessage());
    }

    @Test
    void aLiveSubscriptionAllowsWhatItsPlanAllowsNamingThePlanWhenExceeded() {
        for (String status : List.of("trialing", "active", "past_due")) {
            CoachPlanLimit l = new CoachPlanLimit(List.of(sub("sub_1", "price_s", status, 100)), PLANS, 0);
            assertEquals(Optional.of(2), l.limit(), status);
            assertTrue(l.roomFor(2));
            assertFalse(l.roomFor(3));
            PlanLimitReachedException e = assertThrows(PlanLimitReachedException.class, () -> l.requireRoomFor(3));
            assertEquals("starter", e.plan());
            assertEquals(PlanLimitReachedException.CODE, e.code());
            assertTrue(e.getMessage().contains("'starter' allows 2 active clients"), e.getMessage());
        }
        CoachPlanLimit pro = new CoachPlanLimit(List.of(sub("sub_1", "price_p", "active", 100)), PLANS, 0);
        assertEquals(Optional.empty(), pro.limit());
        pro.requireRoomFor(1_000_000);
    }

    @Test
    void anEndedSubscriptionRefusesNewActiveClientsUntilTheOwnerSubscribesAgain() {
        for (String status : List.of("canceled", "incomplete_expired", "unpaid", "paused")) {
            CoachPlanLimit l = new CoachPlanLimit(List.of(sub("sub_1", "price_p", status, 100)), PLANS, null);
            assertEquals(Optional.of(0), l.limit(), status);
            assertFalse(l.roomFor(1));
            CoachSubscriptionInactiveException e = assertThrows(CoachSubscriptionInactiveException.class, () -> l.requireRoomFor(1));
            assertTrue(e.getMessage().contains(status));
        }
        // subscribing again: the live one decides, whatever the order of the rows
        CoachPlanLimit again = new CoachPlanLimit(List.of(sub("sub_2", "price_s", "active", 50), sub("sub_1", "price_p", "canceled", 100)), PLANS, null);
        assertEquals("sub_2", again.current().orElseThrow().stripeSubscriptionId());
        assertEquals(Optional.of(2), again.limit());
    }

    @Test
    void aCheckoutNotPaidYetChangesNothingAndTheNewestLiveSubscriptionDecides() {
        CoachPlanLimit pending = new CoachPlanLimit(List.of(sub("sub_1", "price_s", "incomplete", 100)), PLANS, 5);
        assertEquals(Optional.empty(), pending.current());
        assertEquals("sub_1", pending.latest().orElseThrow().stripeSubscriptionId());
        assertEquals(Optional.of(5), pending.limit());
        CoachPlanLimit two = new CoachPlanLimit(List.of(sub("sub_a", "price_p", "active", 100), sub("sub_b", "price_s", "active", 200)), PLANS, null);
        assertEquals("starter", two.plan().orElseThrow().key());
        CoachPlanLimit reversed = new CoachPlanLimit(List.of(sub("sub_b", "price_s", "active", 200), sub("sub_a", "price_p", "active", 100)), PLANS, null);
        assertEquals(two.current(), reversed.current());
    }

    @Test
    void aPlanIsFoundByItsPriceSoAChangeInThePortalIsSeenAndAnUnknownPriceLimitsNobody() {
        CoachPlanLimit l = new CoachPlanLimit(List.of(), PLANS, 0);
        assertEquals("pro", l.plan("starter", "price_p").orElseThrow().key());
        assertEquals("starter", l.plan("starter", null).orElseThrow().key());
        CoachPlanLimit unknown = new CoachPlanLimit(List.of(sub("sub_1", "price_gone", "active", 1)), PLANS, 0);
        assertEquals(Optional.empty(), unknown.limit());
    }

    @Test
    void plansAreValidatedWhenConfigured() {
        assertThrows(IllegalArgumentException.class, () -> new CoachPlan("Has Space", "price_1", 1));
        assertThrows(IllegalArgumentException.class, () -> new CoachPlan("ok", " ", 1));
        assertThrows(IllegalArgumentException.class, () -> new CoachPlan("ok", "price_1", -1));
        assertTrue(new CoachPlan("studio", "price_1", null).unlimited());
    }
}
