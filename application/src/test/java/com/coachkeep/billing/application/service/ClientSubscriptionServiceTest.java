package com.coachkeep.billing.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.billing.application.port.out.ClientSubscriptionGatewayPort;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.ClientSubscription;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.billing.domain.SubscriptionActiveException;
import com.coachkeep.roster.application.port.in.ClientArchivingEvent;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessPausedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.ClientPauseEndedEvent;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.testing.fakes.SynchronousEvent;
import com.coachkeep.workspace.domain.Role;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Payment-aware access over fakes: the access port, the grace period, the archive's decision, a pause's end. */
class ClientSubscriptionServiceTest {
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    final ClientId client = ClientId.newId();
    final FakeClientSubscriptions subs = new FakeClientSubscriptions();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final List<String> cancels = new ArrayList<>();
    final ClientSubscriptionGatewayPort stripe = new ClientSubscriptionGatewayPort() {
        public URI createPortalSession(String account, String customer, String key) {
            return URI.create("https://billing.stripe.com/p/session/" + customer);
        }

        public void cancelSubscription(String account, String subscription, String key) {
            cancels.add(account + " " + subscription + " " + key);
        }
    };
    final GetClientUseCase clients = new GetClientUseCase() {
        public ClientView get(Actor actor, ClientId id) {
            throw new UnsupportedOperationException();
        }

        public ClientView getOwn(Actor actor) {
            throw new UnsupportedOperationException();
        }
    };
    final ClientSubscriptionService service = new ClientSubscriptionService(subs, stripe, new BillingServicesTest.FakeGateway(), clients, audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    final List<ClientPauseEndedEvent> ended = new ArrayList<>();
    final ClientSubscriptionMirror mirror = new ClientSubscriptionMirror(subs, audit, new SynchronousEvent<ClientPauseEndedEvent>().observedBy(ended::add));

    void subscription(String id, String status, long at, String pause) {
        subs.link(id, client.value());
        mirror.apply(BillingServicesTest.W, new BillingEvent.SubscriptionChanged(new StripeVersion(NOW.plusSeconds(at), "evt_" + id + at), "acct_1", id,
                "cus_1", status, "price_1", NOW.plusSeconds(86_400), false, pause, null), "evt_" + id + at);
    }

    void invoice(String sub, String status, long at) {
        mirror.apply(BillingServicesTest.W, new BillingEvent.InvoiceChanged(new StripeVersion(NOW.plusSeconds(at), "evt_i" + at), "acct_1", "in_" + sub,
                "cus_1", sub, status, 4900, "paid".equals(status) ? 4900 : 0, "eur", 1, null), "evt_i" + at);
    }

    @Test
    void theAccessPortPausesAClientOnlyAfterTheGracePeriodTheCoachSets() {
        subscription("sub_1", "active", -30 * 86_400, null);
        assertFalse(service.access(BillingServicesTest.W, client.value()).paused());
        invoice("sub_1", "open", -3 * 86_400);
        assertFalse(service.access(BillingServicesTest.W, client.value()).paused());
        assertTrue(service.pausedSince(BillingServicesTest.W, Set.of(client.value())).isEmpty());
        assertThrows(InvalidInputException.class, () -> service.set(BillingServicesTest.actor(Role.OWNER), 61));
        assertThrows(com.coachkeep.shared.application.AccessDeniedException.class, () -> service.set(BillingServicesTest.actor(Role.COACH), 1));
        assertEquals(2, service.set(BillingServicesTest.actor(Role.OWNER), 2));
        assertEquals("billing.grace_period_set", audit.last().action());
        var paused = service.access(BillingServicesTest.W, client.value());
        assertTrue(paused.paused());
        assertEquals(NOW.minusSeconds(86_400), paused.pausedSince());
        assertEquals(java.util.Map.of(client.value(), NOW.minusSeconds(86_400)), service.pausedSince(BillingServicesTest.W, Set.of(client.value())));
        AccessPausedException refused = assertThrows(AccessPausedException.class,
                () -> service.requireNotPaused(BillingServicesTest.W, client.value()));
        assertEquals("access-paused", refused.code());
        invoice("sub_1", "paid", -60);
        assertFalse(service.access(BillingServicesTest.W, client.value()).paused());
    }

    @Test
    void archivingAClientStillBilledNeedsTheCoachsDecisionAndCancelsEachOnceUnderItsKey() {
        subscription("sub_1", "active", -100, null);
        subscription("sub_2", "canceled", -100, null);
        Actor owner = BillingServicesTest.actor(Role.OWNER);
        assertThrows(SubscriptionActiveException.class, () -> service.onArchiving(new ClientArchivingEvent(owner, client, null)));
        assertTrue(cancels.isEmpty());
        service.onArchiving(new ClientArchivingEvent(owner, client, false));
        assertTrue(cancels.isEmpty());
        assertEquals("billing.subscription_kept_on_archive", audit.last().action());
        service.onArchiving(new ClientArchivingEvent(owner, client, true));
        assertEquals(List.of("acct_1 sub_1 subscription-cancel:sub_1"), cancels);
        assertEquals("billing.subscription_cancelled_on_archive", audit.last().action());
        // a client without a subscription that bills them is archived without a question
        service.onArchiving(new ClientArchivingEvent(owner, ClientId.newId(), null));
    }

    @Test
    void theEndOfAPauseIsAnnouncedOnceWithItsDays() {
        subscription("sub_1", "active", -10 * 86_400, null);
        subscription("sub_1", "active", -5 * 86_400, "keep_as_draft");
        assertTrue(ended.isEmpty());
        subscription("sub_1", "active", 0, null);
        subscription("sub_1", "active", 10, null);
        assertEquals(1, ended.size());
        assertEquals(LocalDate.parse("2026-12-02"), ended.get(0).from());
        assertEquals(5, ended.get(0).days());
        assertEquals(client.value(), ended.get(0).clientId());
    }
}
