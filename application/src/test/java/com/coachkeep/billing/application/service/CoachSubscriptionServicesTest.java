package com.coachkeep.billing.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.billing.application.port.in.ApplyBillingEventsUseCase.Outcome;
import com.coachkeep.billing.application.port.in.CoachSubscriptionView;
import com.coachkeep.billing.application.port.out.BillingInboxRepository.StoredEvent;
import com.coachkeep.billing.application.port.out.CoachCheckoutRepository;
import com.coachkeep.billing.application.port.out.CoachPlansPort;
import com.coachkeep.billing.application.port.out.CoachSubscriptionRepository;
import com.coachkeep.billing.application.port.out.PlatformBillingPort;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.CoachCheckout;
import com.coachkeep.billing.domain.CoachPlan;
import com.coachkeep.billing.domain.CoachSubscription;
import com.coachkeep.billing.domain.CoachSubscriptionExistsException;
import com.coachkeep.billing.domain.CoachSubscriptionInactiveException;
import com.coachkeep.billing.domain.PaymentsNotConfiguredException;
import com.coachkeep.billing.domain.PlanLimitReachedException;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.workspace.domain.Role;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The coach's own subscription against fakes of its ports: checkout, cancellation's keys, the limit, the mirror's convergence. */
class CoachSubscriptionServicesTest {
    static final WorkspaceId W = WorkspaceId.newId();

    static Actor actor(Role role) {
        return new Actor(PersonId.newId(), W, MembershipId.newId(), role.wireName(), role.isStaff(), role.permissions());
    }

    static final class Stripe implements PlatformBillingPort {
        boolean configured = true;
        final List<String> calls = new ArrayList<>();

        public boolean configured() {
            return configured;
        }

        public HostedPage createSubscriptionCheckout(WorkspaceId w, CoachPlan plan, UUID checkoutId, String customer) {
            calls.add("checkout " + plan.stripePriceId() + " " + customer);
            return new HostedPage("cs_" + checkoutId, URI.create("https://checkout.stripe.com/c/pay/cs_" + checkoutId));
        }

        public URI createPortalSession(String customerId, String key) {
            calls.add("portal " + customerId + " " + key);
            return URI.create("https://billing.stripe.com/p/session/x");
        }

        public Cancellation cancelSubscription(String id, boolean atPeriodEnd, String key) {
            calls.add("cancel " + key);
            return new Cancellation(atPeriodEnd ? "active" : "canceled", atPeriodEnd, null, null);
        }
    }

    final Map<String, CoachSubscription> subscriptionRows = new HashMap<>();
    final Map<UUID, CoachCheckout> checkoutRows = new HashMap<>();
    final CoachSubscriptionRepository subscriptions = new CoachSubscriptionRepository() {
        public List<CoachSubscription> list(WorkspaceId w) {
            return subscriptionRows.values().stream().filter(s -> s.workspaceId().equals(w)).toList();
        }

        public Optional<CoachSubscription> lock(WorkspaceId w, String id) {
            return Optional.ofNullable(subscriptionRows.get(id)).filter(s -> s.workspaceId().equals(w));
        }

        public void save(CoachSubscription s) {
            subscriptionRows.put(s.stripeSubscriptionId(), s);
        }
    };
    final CoachCheckoutRepository checkouts = new CoachCheckoutRepository() {
        public void save(CoachCheckout c) {
            checkoutRows.put(c.id(), c);
        }

        public Optional<CoachCheckout> lock(WorkspaceId w, UUID id) {
            return Optional.ofNullable(checkoutRows.get(id)).filter(c -> c.workspaceId().equals(w));
        }
    };
    final CoachPlansPort plans = new CoachPlansPort() {
        public List<CoachPlan> plans() {
            return List.of(new CoachPlan("starter", "price_s", 2), new CoachPlan("pro", "price_p", null));
        }

        public Integer freeClientLimit() {
            return null;
        }
    };
    final Stripe stripe = new Stripe();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    long active = 2;
    final CoachSubscriptionService service = new CoachSubscriptionService(subscriptions, checkouts, plans, stripe, a -> active, audit,
            BillingServicesTest.CLOCK);
    final BillingServicesTest.Inbox inbox = new BillingServicesTest.Inbox();
    final CoachSubscriptionMirror mirror = new CoachSubscriptionMirror(inbox, subscriptions, checkouts, plans, audit, BillingServicesTest.CLOCK);

    Outcome deliver(String id, BillingEvent.CoachBilling e) {
        inbox.status.put(id, "pending");
        return mirror.apply(new StoredEvent(id, com.coachkeep.billing.application.port.in.WebhookSource.PLATFORM, "t", null, Instant.EPOCH, "{}"), e);
    }

    BillingEvent.CoachSubscriptionChanged sub(String eventId, long at, UUID checkout, String price, String status, boolean atEnd) {
        return new BillingEvent.CoachSubscriptionChanged(new StripeVersion(Instant.ofEpochSecond(at), eventId), W.toString(), checkout.toString(),
                "sub_1", "cus_1", price, status, Instant.ofEpochSecond(at + 999), atEnd, null, Instant.ofEpochSecond(50));
    }

    @Test
    void onlyTheOwnerSubscribesToAKnownPlanOnceAndWithoutStripeNothingIsAsked() {
        assertThrows(AccessDeniedException.class, () -> service.start(actor(Role.COACH), "starter"));
        assertThrows(InvalidInputException.class, () -> service.start(actor(Role.OWNER), "gold"));
        stripe.configured = false;
        assertThrows(PaymentsNotConfiguredException.class, () -> service.start(actor(Role.OWNER), "starter"));
        assertEquals("none", service.get(actor(Role.OWNER)).status());
        stripe.configured = true;
        var started = service.start(actor(Role.OWNER), "starter");
        assertEquals(List.of("checkout price_s null"), stripe.calls);
        assertEquals("open", checkoutRows.get(started.id()).status());
        assertEquals("billing.coach_checkout_started", audit.last().action());
        assertEquals(Outcome.APPLIED, deliver("evt_1", sub("evt_1", 100, started.id(), "price_s", "active", false)));
        assertThrows(CoachSubscriptionExistsException.class, () -> service.start(actor(Role.OWNER), "pro"));
    }

    @Test
    void eventsOfACheckoutNoWorkspaceStartedAreKeptAsFailed() {
        assertEquals(Outcome.FAILED, deliver("evt_x", sub("evt_x", 100, UUID.randomUUID(), "price_s", "active", false)));
        assertEquals("failed", inbox.status.get("evt_x"));
        assertEquals(Outcome.FAILED, deliver("evt_y", new BillingEvent.CoachCheckoutChanged(new StripeVersion(Instant.EPOCH, "evt_y"), "not-a-uuid",
                null, "cs_1", "complete", "cus_1", "sub_1")));
        assertTrue(subscriptionRows.isEmpty());
    }

    @Test
    void everyOrderOfTheSubscriptionsEventsDeliveredTwiceGivesTheSameMirror() {
        UUID checkout = service.start(actor(Role.OWNER), "starter").id();
        List<Map.Entry<String, BillingEvent.CoachBilling>> scenario = List.of(
                Map.entry("evt_c", new BillingEvent.CoachCheckoutChanged(new StripeVersion(Instant.ofEpochSecond(101), "evt_c"), W.toString(),
                        checkout.toString(), "cs_" + checkout, "complete", "cus_1", "sub_1")),
                Map.entry("evt_1", sub("evt_1", 100, checkout, "price_s", "incomplete", false)),
                Map.entry("evt_2", sub("evt_2", 102, checkout, "price_s", "active", false)),
                Map.entry("evt_3", sub("evt_3", 200, checkout, "price_p", "active", false)),
                Map.entry("evt_4", sub("evt_4", 300, checkout, "price_p", "active", true)),
                Map.entry("evt_5", sub("evt_5", 400, checkout, "price_p", "canceled", false)));
        Set<CoachSubscription> outcomes = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            subscriptionRows.clear();
            checkoutRows.replaceAll((id, c) -> CoachCheckout.opened(c.workspaceId(), c.id(), c.planKey(), c.stripeSessionId(), c.createdAt()));
            List<Map.Entry<String, BillingEvent.CoachBilling>> deliveries = new ArrayList<>(scenario);
            deliveries.addAll(scenario);
            Collections.shuffle(deliveries, new Random(seed));
            for (var d : deliveries) {
                assertEquals(Outcome.APPLIED, deliver(d.getKey(), d.getValue()));
            }
            outcomes.add(subscriptionRows.get("sub_1"));
        }
        assertEquals(1, outcomes.size(), outcomes.toString());
        CoachSubscription s = outcomes.iterator().next();
        assertEquals("canceled", s.status());
        assertEquals("pro", s.planKey());
        assertEquals("cus_1", s.customerId());
        CoachSubscriptionView view = service.get(actor(Role.OWNER));
        assertEquals(0, view.clientLimit());
        assertTrue(!view.canAddClients());
        assertThrows(CoachSubscriptionInactiveException.class, () -> service.requireRoomFor(actor(Role.COACH), 3));
    }

    @Test
    void theOwnerCancelsAtPeriodEndOrNowWithKeysFromTheSubscriptionAndItsMirroredState() {
        UUID checkout = service.start(actor(Role.OWNER), "starter").id();
        deliver("evt_1", sub("evt_1", 100, checkout, "price_s", "active", false));
        assertThrows(PlanLimitReachedException.class, () -> service.requireRoomFor(actor(Role.COACH), 3));
        assertThrows(AccessDeniedException.class, () -> service.cancel(actor(Role.COACH), true));
        service.cancel(actor(Role.OWNER), true);
        service.cancel(actor(Role.OWNER), true);
        deliver("evt_2", sub("evt_2", 200, checkout, "price_s", "active", false)); // resumed in the portal
        service.cancel(actor(Role.OWNER), false);
        assertEquals(List.of("cancel coach-subscription-cancel:sub_1:period-end:evt_1", "cancel coach-subscription-cancel:sub_1:period-end:evt_1",
                "cancel coach-subscription-cancel:sub_1:now:evt_2"), stripe.calls.subList(1, 4));
        assertEquals("billing.coach_subscription_cancelled", audit.last().action());
        service.open(actor(Role.OWNER));
        assertTrue(stripe.calls.get(4).startsWith("portal cus_1 billing-portal:cus_1:"), stripe.calls.get(4));
    }

    @Test
    void aDeletedWorkspacesCancellableSubscriptionsAreCancelledAtOnceOnceEachAndWithoutStripeNothingIsAsked() {
        subscriptionRows.put("sub_live", new CoachSubscription(W, "sub_live", "cus_1", "pro", "price_p", "active", null, true, null, null, null));
        subscriptionRows.put("sub_old", new CoachSubscription(W, "sub_old", "cus_1", "starter", "price_s", "canceled", null, false,
                Instant.EPOCH, null, null));
        var recordedAs = new com.coachkeep.shared.application.AuditRecord(WorkspaceId.newId(), com.coachkeep.shared.application.AuditRecord.By.SYSTEM,
                "deletion-job", "billing.coach_subscription_cancelled", null, null, null, Map.of());
        stripe.configured = false;
        assertEquals(0, service.cancelForDeletion(W, recordedAs));
        assertTrue(stripe.calls.isEmpty());

        stripe.configured = true;
        assertEquals(1, service.cancelForDeletion(W, recordedAs));
        assertEquals(List.of("cancel coach-subscription-cancel:sub_live:workspace-deleted"), stripe.calls);
        assertEquals("canceled", subscriptionRows.get("sub_live").status());
        assertEquals("sub_live", audit.last().targetId());
        assertEquals("workspace_deleted", audit.last().details().get("reason"));
        // asked again (the deletion job, another node): nothing is left to cancel
        assertEquals(0, service.cancelForDeletion(W, recordedAs));
        assertEquals(1, stripe.calls.size());
    }
}
