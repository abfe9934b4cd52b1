package com.coachkeep.infrastructure.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.CoachPlan;
import com.stripe.Stripe;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The coach's plans from the configuration, and the platform's Stripe-shaped subscription events as billing reads them. */
class CoachSubscriptionAdapterTest {
    static String event(String type, String account, String object) {
        return "{\"id\":\"evt_1\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\",\"created\":1767225600,\"account\":"
                + (account == null ? "null" : "\"" + account + "\"") + ",\"type\":\"" + type + "\",\"data\":{\"object\":" + object + "}}";
    }

    static final String SUBSCRIPTION = "{\"id\":\"sub_1\",\"object\":\"subscription\",\"customer\":\"cus_1\",\"status\":\"active\","
            + "\"cancel_at_period_end\":true,\"canceled_at\":null,\"created\":1767225000,\"metadata\":{\"coachkeep_workspace_id\":"
            + "\"6f2f1d4e-0000-4000-8000-000000000001\",\"coachkeep_coach_checkout\":\"6f2f1d4e-0000-4000-8000-000000000002\"},"
            + "\"items\":{\"object\":\"list\",\"data\":[{\"id\":\"si_1\",\"object\":\"subscription_item\",\"current_period_end\":1769904000,"
            + "\"price\":{\"id\":\"price_pro\",\"object\":\"price\"}}]}}";

    @Test
    void plansAreReadFromTheConfigurationWithTheirLimits() {
        CoachPlanSettings s = new CoachPlanSettings(Optional.of(" starter:price_1:15, pro:price_2:50 ,studio:price_3:unlimited"), Optional.empty());
        assertEquals(List.of(new CoachPlan("starter", "price_1", 15), new CoachPlan("pro", "price_2", 50), new CoachPlan("studio", "price_3", null)),
                s.plans());
        assertNull(s.freeClientLimit());
        assertEquals(3, new CoachPlanSettings(Optional.empty(), Optional.of("3")).freeClientLimit());
        assertNull(new CoachPlanSettings(Optional.of(""), Optional.of("unlimited")).freeClientLimit());
        assertEquals(List.of(), new CoachPlanSettings(Optional.empty(), Optional.empty()).plans());
    }

    @Test
    void aMalformedPlanListStopsTheServerWithTheReason() {
        for (String bad : List.of("starter", "starter:price_1", "starter:price_1:many", "starter:price_1:-1", "Starter Plan:price_1:3",
                "a:price_1:1,a:price_2:2", "a:price_1:1,b:price_1:2")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new CoachPlanSettings(Optional.of(bad), Optional.empty()), bad);
            assertTrue(e.getMessage().startsWith(CoachPlanSettings.PLANS), e.getMessage());
        }
        assertThrows(IllegalStateException.class, () -> new CoachPlanSettings(Optional.empty(), Optional.of("few")));
    }

    @Test
    void aPlatformSubscriptionEventIsReadWithItsWorkspaceCheckoutPlanPriceAndPeriodEnd() {
        BillingEvent read = new StripeEventReader().read(event("customer.subscription.updated", null, SUBSCRIPTION));
        BillingEvent.CoachSubscriptionChanged s = assertInstanceOf(BillingEvent.CoachSubscriptionChanged.class, read);
        assertEquals("6f2f1d4e-0000-4000-8000-000000000001", s.workspaceRef());
        assertEquals("6f2f1d4e-0000-4000-8000-000000000002", s.checkoutRef());
        assertEquals("sub_1", s.subscriptionId());
        assertEquals("cus_1", s.customerId());
        assertEquals("price_pro", s.priceId());
        assertEquals("active", s.status());
        assertTrue(s.cancelAtPeriodEnd());
        assertEquals(Instant.ofEpochSecond(1769904000), s.currentPeriodEnd());
        assertEquals(Instant.ofEpochSecond(1767225000), s.created());
        assertEquals("evt_1", s.version().eventId());
    }

    @Test
    void aPlatformCheckoutInSubscriptionModeNamesItsWorkspaceAndAConnectedAccountsEventsAreNotTheCoachs() {
        String session = "{\"id\":\"cs_1\",\"object\":\"checkout.session\",\"mode\":\"subscription\",\"status\":\"complete\","
                + "\"client_reference_id\":\"6f2f1d4e-0000-4000-8000-000000000001\",\"customer\":\"cus_1\",\"subscription\":\"sub_1\","
                + "\"metadata\":{\"coachkeep_coach_checkout\":\"6f2f1d4e-0000-4000-8000-000000000002\"}}";
        BillingEvent.CoachCheckoutChanged c = assertInstanceOf(BillingEvent.CoachCheckoutChanged.class,
                new StripeEventReader().read(event("checkout.session.completed", null, session)));
        assertEquals("6f2f1d4e-0000-4000-8000-000000000001", c.workspaceRef());
        assertEquals("6f2f1d4e-0000-4000-8000-000000000002", c.checkoutRef());
        assertEquals("sub_1", c.subscriptionId());
        // the same events of a connected account are the client billing's, never the coach's own subscription
        assertFalse(new StripeEventReader().read(event("checkout.session.completed", "acct_1", session)) instanceof BillingEvent.CoachBilling);
        assertFalse(new StripeEventReader().read(event("customer.subscription.updated", "acct_1", SUBSCRIPTION)) instanceof BillingEvent.CoachBilling);
        // a platform checkout in payment mode is not a subscription
        assertFalse(new StripeEventReader().read(event("checkout.session.completed", null, session.replace("\"subscription\",\"status\"",
                "\"payment\",\"status\""))) instanceof BillingEvent.CoachBilling);
    }
}
