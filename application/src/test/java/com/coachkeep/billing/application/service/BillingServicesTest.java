package com.coachkeep.billing.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.billing.application.port.in.ApplyBillingEventsUseCase.Outcome;
import com.coachkeep.billing.application.port.in.WebhookSource;
import com.coachkeep.billing.application.port.out.BillingEventReaderPort;
import com.coachkeep.billing.application.port.out.BillingInboxRepository;
import com.coachkeep.billing.application.port.out.ConnectedAccountRepository;
import com.coachkeep.billing.application.port.out.InvoiceRepository;
import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.billing.application.port.out.WebhookVerifierPort;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.ConnectedAccount;
import com.coachkeep.billing.domain.Invoice;
import com.coachkeep.billing.domain.PaymentsNotConfiguredException;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.workspace.domain.Role;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The billing services over fakes of their ports. */
class BillingServicesTest {
    static final WorkspaceId W = WorkspaceId.newId();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    static Actor actor(Role role) {
        return new Actor(PersonId.newId(), W, MembershipId.newId(), role.wireName(), role.isStaff(), role.permissions());
    }

    static final class FakeGateway implements PaymentGatewayPort {
        boolean configured = true;
        final List<String> keys = new ArrayList<>();
        final Map<String, String> accountsByKey = new HashMap<>();

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public String createConnectedAccount(WorkspaceId w, String key) {
            keys.add(key);
            return accountsByKey.computeIfAbsent(key, k -> "acct_" + accountsByKey.size());
        }

        final List<String> paid = new ArrayList<>();

        @Override
        public OfferPrices createOffer(String account, com.coachkeep.billing.domain.Offer.Spec spec, String keyPrefix) {
            keys.add(keyPrefix);
            return new OfferPrices("prod_" + keys.size(), "price_" + keys.size(), spec.setupFee() == null ? null : "price_setup_" + keys.size());
        }

        @Override
        public String payInvoice(String account, String invoice, String key) {
            keys.add(key);
            if (invoice.contains("declined")) {
                throw new com.coachkeep.billing.domain.PaymentDeclinedException("insufficient_funds");
            }
            paid.add(invoice);
            return "paid";
        }

        @Override
        public CheckoutSession createCheckout(String account, com.coachkeep.billing.domain.Offer offer, java.util.UUID client, java.util.UUID id) {
            keys.add("checkout:" + id);
            return new CheckoutSession("cs_" + id, URI.create("https://checkout.stripe.com/c/pay/cs_" + id));
        }

        final List<String> deactivated = new ArrayList<>();

        @Override
        public CouponCreated createCoupon(String account, com.coachkeep.billing.domain.Coupon.Spec spec, String keyPrefix) {
            keys.add(keyPrefix);
            return new CouponCreated("cpn_" + keys.size(), spec.code() == null ? null : "promo_" + keys.size());
        }

        @Override
        public void deactivateCoupon(String account, String coupon, String promotionCode, String key) {
            keys.add(key);
            deactivated.add(promotionCode == null ? coupon : promotionCode);
        }

        @Override
        public URI createOnboardingLink(String account, String key) {
            keys.add(key);
            return URI.create("https://connect.stripe.com/setup/" + account);
        }
    }

    static final class Accounts implements ConnectedAccountRepository {
        final Map<WorkspaceId, ConnectedAccount> rows = new HashMap<>();

        public Optional<ConnectedAccount> find(WorkspaceId w) {
            return Optional.ofNullable(rows.get(w));
        }

        public Optional<ConnectedAccount> lock(WorkspaceId w) {
            return find(w);
        }

        public void save(ConnectedAccount a) {
            rows.put(a.workspaceId(), a);
        }

        public Optional<WorkspaceId> workspaceOf(String account) {
            return rows.values().stream().filter(a -> a.stripeAccountId().equals(account)).map(ConnectedAccount::workspaceId).findFirst();
        }
    }

    static final class Invoices implements InvoiceRepository {
        final Map<String, Invoice> rows = new LinkedHashMap<>();

        public Optional<Invoice> lock(WorkspaceId w, String id) {
            return Optional.ofNullable(rows.get(w + "/" + id));
        }

        public void save(Invoice i) {
            rows.put(i.workspaceId() + "/" + i.stripeInvoiceId(), i);
        }

        public List<Invoice> list(WorkspaceId w) {
            return rows.values().stream().filter(i -> i.workspaceId().equals(w)).toList();
        }
    }

    /** An inbox keyed by event id; the payload is the event itself, which the fake reader hands back. */
    static final class Inbox implements BillingInboxRepository {
        final Map<String, String> status = new LinkedHashMap<>();
        final Map<String, String> payloads = new HashMap<>();

        public boolean storeOnce(WebhookSource s, WebhookVerifierPort.VerifiedEvent e, String payload, Instant at) {
            if (status.containsKey(e.id())) {
                return false;
            }
            status.put(e.id(), "pending");
            payloads.put(e.id(), payload);
            return true;
        }

        public List<String> pending(int max) {
            return status.entrySet().stream().filter(e -> e.getValue().equals("pending")).map(Map.Entry::getKey).limit(max).toList();
        }

        public Optional<StoredEvent> lockPending(String id) {
            return "pending".equals(status.get(id)) ? Optional.of(new StoredEvent(id, WebhookSource.CONNECT, "t", null, Instant.EPOCH, payloads.get(id)))
                    : Optional.empty();
        }

        public void markDone(String id, boolean ignored, Instant at) {
            status.put(id, ignored ? "ignored" : "processed");
            payloads.remove(id);
        }

        public void markFailed(String id, String error, Instant at) {
            status.put(id, "failed");
        }
    }

    final FakeGateway gateway = new FakeGateway();
    final Accounts accounts = new Accounts();
    final Invoices invoices = new Invoices();
    final Inbox inbox = new Inbox();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final Map<String, BillingEvent> events = new HashMap<>();
    final BillingEventReaderPort reader = payload -> {
        BillingEvent e = events.get(payload);
        if (e == null) {
            throw new BillingEventReaderPort.UnreadableEventException("unknown " + payload, null);
        }
        return e;
    };
    final ConnectedAccountService connect = new ConnectedAccountService(accounts, gateway, audit, CLOCK);
    final BillingEventService apply = new BillingEventService(inbox, reader, accounts, invoices, null, audit, CLOCK,
            new ClientSubscriptionMirror(new FakeClientSubscriptions(), audit, new com.coachkeep.testing.fakes.SynchronousEvent<>()));
    final WebhookVerifierPort verifier = (source, body, signature) -> {
        if (!"good".equals(signature)) {
            throw new com.coachkeep.billing.domain.WebhookRejectedException("no signature matches the body");
        }
        return new WebhookVerifierPort.VerifiedEvent(body, "t", null, Instant.EPOCH);
    };
    final ReceiveBillingWebhookService receive = new ReceiveBillingWebhookService(verifier, inbox, gateway, CLOCK);

    @Test
    void withoutStripeConfiguredEveryBillingOperationAnswersPaymentsNotConfigured() {
        gateway.configured = false;
        Actor owner = actor(Role.OWNER);
        assertEquals("payments-not-configured", assertThrows(PaymentsNotConfiguredException.class, () -> connect.start(owner)).code());
        assertThrows(PaymentsNotConfiguredException.class, () -> connect.get(owner));
        assertThrows(PaymentsNotConfiguredException.class, () -> new InvoiceService(invoices, gateway, audit, CLOCK).list(owner));
        assertThrows(PaymentsNotConfiguredException.class, () -> receive.receive(WebhookSource.CONNECT, "evt_1", "good"));
        assertTrue(gateway.keys.isEmpty());
        assertTrue(inbox.status.isEmpty());
    }

    @Test
    void onboardingCreatesTheAccountOnceWithAKeyFromTheWorkspaceAndOnlyTheOwnerMayStartIt() {
        assertThrows(AccessDeniedException.class, () -> connect.start(actor(Role.COACH)));
        Actor owner = actor(Role.OWNER);
        var first = connect.start(owner);
        var second = connect.start(owner);
        assertEquals(first.stripeAccountId(), second.stripeAccountId());
        assertEquals(1, gateway.keys.stream().filter(k -> k.equals("connect-account:" + W)).count());
        assertTrue(gateway.keys.stream().allMatch(k -> !k.isBlank()));
        assertFalse(connect.get(owner).ready());
        assertEquals("billing.connect_account_created", audit.records.get(0).action());
    }

    @Test
    void aWebhookIsStoredOnceAndAForgedOneNotAtAll() {
        assertFalse(receive.receive(WebhookSource.CONNECT, "evt_1", "good").duplicate());
        assertTrue(receive.receive(WebhookSource.CONNECT, "evt_1", "good").duplicate());
        assertThrows(com.coachkeep.billing.domain.WebhookRejectedException.class, () -> receive.receive(WebhookSource.CONNECT, "evt_2", "forged"));
        assertEquals(List.of("evt_1"), List.copyOf(inbox.status.keySet()));
    }

    static BillingEvent.InvoiceChanged invoice(String id, long t, String status, int attempts, long paid) {
        return new BillingEvent.InvoiceChanged(new StripeVersion(Instant.ofEpochSecond(t), id), "acct_0", "in_1", "cus_1", "sub_1", status, 4900,
                paid, "eur", attempts, null);
    }

    @Test
    void anyOrderAndAnyNumberOfDeliveriesConvergeOnTheNewestState() {
        connect.start(actor(Role.OWNER));
        List<BillingEvent> scenario = List.of(
                new BillingEvent.AccountUpdated(new StripeVersion(Instant.ofEpochSecond(100), "evt_a1"), "acct_0", true, false, false, List.of("x")),
                new BillingEvent.AccountUpdated(new StripeVersion(Instant.ofEpochSecond(101), "evt_a2"), "acct_0", true, true, true, List.of()),
                invoice("evt_i1", 110, "open", 0, 0), invoice("evt_i2", 111, "open", 1, 0), invoice("evt_i3", 111, "open", 2, 0),
                invoice("evt_i4", 112, "paid", 3, 4900), new BillingEvent.Other(new StripeVersion(Instant.ofEpochSecond(113), "evt_o"), "customer.created"));
        for (long seed = 0; seed < 20; seed++) {
            inbox.status.clear();
            accounts.rows.put(W, ConnectedAccount.started(W, "acct_0", CLOCK.instant()));
            invoices.rows.clear();
            List<BillingEvent> deliveries = new ArrayList<>(scenario);
            deliveries.addAll(scenario);
            Collections.shuffle(deliveries, new Random(seed));
            for (BillingEvent e : deliveries) {
                events.put(e.version().eventId(), e);
                receive.receive(WebhookSource.CONNECT, e.version().eventId(), "good");
                // applied at once or later: both happen
                if (seed % 2 == 0) {
                    apply.apply(e.version().eventId());
                }
            }
            inbox.pending(100).forEach(apply::apply);
            Invoice i = invoices.list(W).get(0);
            assertEquals("paid", i.status());
            assertEquals(3, i.attemptCount());
            assertEquals(4900, i.amountPaid());
            assertTrue(accounts.rows.get(W).ready());
            assertEquals(List.of(), accounts.rows.get(W).requirementsDue());
            assertEquals(6, inbox.status.values().stream().filter("processed"::equals).count());
            assertEquals(1, inbox.status.values().stream().filter("ignored"::equals).count());
        }
    }

    @Test
    void anUnreadableEventOrOneOfAnUnknownAccountIsKeptAsFailed() {
        receive.receive(WebhookSource.CONNECT, "garbage", "good");
        assertEquals(Outcome.FAILED, apply.apply("garbage"));
        assertEquals("failed", inbox.status.get("garbage"));
        assertTrue(inbox.payloads.containsKey("garbage"));
        var orphan = invoice("evt_orphan", 1, "paid", 1, 1);
        events.put("evt_orphan", orphan);
        receive.receive(WebhookSource.CONNECT, "evt_orphan", "good");
        assertEquals(Outcome.FAILED, apply.apply("evt_orphan"));
        assertEquals(Outcome.NOT_PENDING, apply.apply("evt_orphan"));
        assertNull(accounts.workspaceOf("acct_0").orElse(null));
    }

    @Test
    void theCoachRetriesAnOpenInvoiceOnceWithAKeyFromItsAttemptAndNothingElse() {
        InvoiceService service = new InvoiceService(invoices, gateway, audit, CLOCK);
        Actor owner = actor(Role.OWNER);
        invoices.save(Invoice.mirror(null, W, invoice("evt_1", 1, "open", 1, 0)));
        assertThrows(AccessDeniedException.class, () -> service.retry(actor(Role.COACH), "in_1"));
        assertEquals("paid", service.retry(owner, "in_1").status());
        assertEquals("invoice-pay:in_1:1", gateway.keys.get(gateway.keys.size() - 1));
        assertEquals("billing.invoice_retried", audit.last().action());
        assertEquals("invoice-not-found", assertThrows(com.coachkeep.billing.domain.InvoiceNotFoundException.class,
                () -> service.retry(owner, "in_other")).code());
        invoices.save(Invoice.mirror(invoices.lock(W, "in_1").orElseThrow(), W, invoice("evt_2", 2, "paid", 2, 4900)));
        assertEquals("invoice-not-open", assertThrows(com.coachkeep.billing.domain.InvoiceNotOpenException.class,
                () -> service.retry(owner, "in_1")).code());
        assertEquals(List.of("in_1"), gateway.paid);
    }

    @Test
    void revenueFiguresCountPayersRecurringRevenueAndFailedPaymentsPerCurrency() {
        Instant now = CLOCK.instant();
        java.util.function.BiFunction<String, Object[], Invoice> inv = (id, a) -> new Invoice(W, id, "acct_0", (String) a[0], (String) a[1],
                (String) a[2], (long) a[3], (long) a[4], (String) a[5], (int) a[6], null, new StripeVersion(now.minus(java.time.Duration.ofDays((int) a[7])), "evt_" + id));
        invoices.save(inv.apply("in_1", new Object[] {"cus_a", "sub_a", "paid", 4900L, 4900L, "eur", 1, 3}));
        invoices.save(inv.apply("in_2", new Object[] {"cus_a", "sub_a", "paid", 4900L, 4900L, "eur", 1, 33}));
        invoices.save(inv.apply("in_3", new Object[] {"cus_b", null, "paid", 10000L, 10000L, "eur", 1, 10}));
        invoices.save(inv.apply("in_4", new Object[] {"cus_c", "sub_c", "open", 2900L, 0L, "eur", 2, 1}));
        invoices.save(inv.apply("in_5", new Object[] {"cus_d", "sub_d", "paid", 1500L, 1500L, "usd", 1, 5}));
        invoices.save(inv.apply("in_6", new Object[] {"cus_e", "sub_e", "open", 1500L, 0L, "usd", 0, 0}));
        var f = new InvoiceService(invoices, gateway, audit, CLOCK).figures(actor(Role.OWNER)).currencies();
        assertEquals(List.of(new com.coachkeep.billing.domain.RevenueFigures.PerCurrency("eur", 2, 4900, 14900, 1, 2900),
                new com.coachkeep.billing.domain.RevenueFigures.PerCurrency("usd", 1, 1500, 1500, 0, 0)), f);
        assertThrows(AccessDeniedException.class, () -> new InvoiceService(invoices, gateway, audit, CLOCK).figures(actor(Role.COACH)));
    }

    @Test
    void anOfferIsCheckedFieldByFieldAndCreatedOnTheCoachsAccount() {
        var invalid = assertThrows(com.coachkeep.shared.domain.InvalidInputException.class,
                () -> com.coachkeep.billing.domain.Offer.Spec.of(" ", "fortnight", 0L, "euro", 3, 500L));
        assertEquals(java.util.Set.of("name", "interval", "amount", "currency", "trialDays", "setupFee"),
                invalid.violations().stream().map(com.coachkeep.shared.domain.Violation::field).collect(java.util.stream.Collectors.toSet()));
        // a one-time offer has no trial and no setup fee
        assertThrows(com.coachkeep.shared.domain.InvalidInputException.class,
                () -> com.coachkeep.billing.domain.Offer.Spec.of("Session", null, 9000L, "eur", 7, null));
        var spec = com.coachkeep.billing.domain.Offer.Spec.of("12-week coaching", "month", 4900L, "EUR", 14, 2500L);
        assertEquals("eur", spec.currency());
        java.util.List<com.coachkeep.billing.domain.Offer> saved = new ArrayList<>();
        var offers = new com.coachkeep.billing.application.port.out.OfferRepository() {
            public void save(com.coachkeep.billing.domain.Offer o) {
                saved.add(o);
            }

            public List<com.coachkeep.billing.domain.Offer> list(WorkspaceId w) {
                return saved;
            }

            public java.util.Optional<com.coachkeep.billing.domain.Offer> find(WorkspaceId w, java.util.UUID id) {
                return saved.stream().filter(o -> o.id().equals(id)).findFirst();
            }
        };
        OfferService service = new OfferService(offers, accounts, gateway, audit, CLOCK);
        assertEquals("connected-account-missing", assertThrows(com.coachkeep.billing.domain.ConnectedAccountNotReadyException.class,
                () -> service.create(actor(Role.OWNER), spec)).code());
        connect.start(actor(Role.OWNER));
        assertThrows(AccessDeniedException.class, () -> service.create(actor(Role.COACH), spec));
        var offer = service.create(actor(Role.OWNER), spec);
        assertEquals("offer:" + offer.id(), gateway.keys.get(gateway.keys.size() - 1));
        assertEquals(com.coachkeep.billing.domain.Offer.Interval.MONTH, offer.interval());
        assertTrue(offer.stripeSetupPriceId().startsWith("price_setup_"));
        assertEquals(List.of(offer), service.list(actor(Role.OWNER)));
        assertEquals("billing.offer_created", audit.last().action());
    }

    @Test
    void aCouponIsMadeOnTheCoachsAccountAndDeactivatedOnce() {
        var spec = com.coachkeep.billing.domain.Coupon.Spec.of("Spring", 20, null, null, "once", null, null, null, "spring20", CLOCK.instant());
        Map<java.util.UUID, com.coachkeep.billing.domain.Coupon> saved = new LinkedHashMap<>();
        var coupons = new com.coachkeep.billing.application.port.out.CouponRepository() {
            public void save(com.coachkeep.billing.domain.Coupon c) {
                saved.put(c.id(), c);
            }

            public void deactivate(com.coachkeep.billing.domain.Coupon c) {
                saved.put(c.id(), c);
            }

            public List<com.coachkeep.billing.domain.Coupon> list(WorkspaceId w) {
                return List.copyOf(saved.values());
            }

            public Optional<com.coachkeep.billing.domain.Coupon> find(WorkspaceId w, java.util.UUID id) {
                return Optional.ofNullable(saved.get(id)).filter(c -> c.workspaceId().equals(w));
            }
        };
        CouponService service = new CouponService(coupons, accounts, gateway, audit, CLOCK);
        gateway.configured = false;
        assertThrows(com.coachkeep.billing.domain.PaymentsNotConfiguredException.class, () -> service.create(actor(Role.OWNER), spec));
        gateway.configured = true;
        int sent = gateway.keys.size();
        assertThrows(com.coachkeep.billing.domain.ConnectedAccountNotReadyException.class, () -> service.create(actor(Role.OWNER), spec));
        assertEquals(sent, gateway.keys.size());
        connect.start(actor(Role.OWNER));
        assertThrows(AccessDeniedException.class, () -> service.create(actor(Role.COACH), spec));
        var coupon = service.create(actor(Role.OWNER), spec);
        assertEquals("coupon:" + coupon.id(), gateway.keys.get(gateway.keys.size() - 1));
        assertEquals("SPRING20", coupon.code());
        assertTrue(coupon.active());
        assertEquals("billing.coupon_created", audit.last().action());
        assertEquals(List.of(coupon), service.list(actor(Role.OWNER)));
        assertThrows(AccessDeniedException.class, () -> service.deactivate(actor(Role.COACH), coupon.id()));
        assertThrows(com.coachkeep.shared.application.NotFoundException.class, () -> service.deactivate(actor(Role.OWNER), java.util.UUID.randomUUID()));
        var ended = service.deactivate(actor(Role.OWNER), coupon.id());
        assertFalse(ended.active());
        assertEquals(CLOCK.instant(), ended.deactivatedAt());
        assertEquals(List.of(coupon.stripePromotionCodeId()), gateway.deactivated);
        assertEquals("billing.coupon_deactivated", audit.last().action());
        service.deactivate(actor(Role.OWNER), coupon.id());
        assertEquals(1, gateway.deactivated.size());
        var plain = service.create(actor(Role.OWNER),
                com.coachkeep.billing.domain.Coupon.Spec.of("Ten off", null, 1000L, "eur", "forever", null, null, null, null, CLOCK.instant()));
        service.deactivate(actor(Role.OWNER), plain.id());
        assertEquals(plain.stripeCouponId(), gateway.deactivated.get(1));
    }

    static final class Checkouts implements com.coachkeep.billing.application.port.out.CheckoutRepository {
        final Map<String, com.coachkeep.billing.domain.Checkout> rows = new LinkedHashMap<>();

        public void save(com.coachkeep.billing.domain.Checkout c) {
            rows.put(c.stripeSessionId(), c);
        }

        public Optional<com.coachkeep.billing.domain.Checkout> lockBySession(WorkspaceId w, String session) {
            return Optional.ofNullable(rows.get(session)).filter(c -> c.workspaceId().equals(w));
        }
    }

    @Test
    void aCheckoutIsOpenedForAVisibleClientAndItsOutcomeMirroredOnce() {
        com.coachkeep.roster.domain.ClientId known = com.coachkeep.roster.domain.ClientId.newId();
        var clients = new com.coachkeep.roster.application.port.in.GetClientUseCase() {
            public com.coachkeep.roster.application.port.in.ClientView get(Actor actor, com.coachkeep.roster.domain.ClientId id) {
                if (!id.equals(known)) {
                    throw new com.coachkeep.shared.application.NotFoundException("client");
                }
                return null;
            }

            public com.coachkeep.roster.application.port.in.ClientView getOwn(Actor actor) {
                throw new UnsupportedOperationException();
            }
        };
        List<com.coachkeep.billing.domain.Offer> offerRows = new ArrayList<>();
        var offers = new com.coachkeep.billing.application.port.out.OfferRepository() {
            public void save(com.coachkeep.billing.domain.Offer o) {
                offerRows.add(o);
            }

            public List<com.coachkeep.billing.domain.Offer> list(WorkspaceId w) {
                return offerRows;
            }

            public Optional<com.coachkeep.billing.domain.Offer> find(WorkspaceId w, java.util.UUID id) {
                return offerRows.stream().filter(o -> o.id().equals(id)).findFirst();
            }
        };
        connect.start(actor(Role.OWNER));
        var offer = new OfferService(offers, accounts, gateway, audit, CLOCK).create(actor(Role.OWNER),
                com.coachkeep.billing.domain.Offer.Spec.of("Monthly", "month", 4900L, "eur", null, null));
        Checkouts checkouts = new Checkouts();
        CheckoutService service = new CheckoutService(checkouts, offers, accounts, clients, gateway, audit, CLOCK);
        assertThrows(com.coachkeep.shared.application.NotFoundException.class,
                () -> service.start(actor(Role.OWNER), offer.id(), com.coachkeep.roster.domain.ClientId.newId()));
        assertThrows(com.coachkeep.shared.application.NotFoundException.class, () -> service.start(actor(Role.OWNER), java.util.UUID.randomUUID(), known));
        assertThrows(AccessDeniedException.class, () -> service.start(actor(Role.COACH), offer.id(), known));
        var c = service.start(actor(Role.OWNER), offer.id(), known);
        assertEquals("open", c.status());
        assertEquals("checkout:" + c.id(), gateway.keys.get(gateway.keys.size() - 1));

        BillingEventService events = new BillingEventService(inbox, reader, accounts, invoices, checkouts, audit, CLOCK,
                new ClientSubscriptionMirror(new FakeClientSubscriptions(), audit, new com.coachkeep.testing.fakes.SynchronousEvent<>()));
        var completed = new BillingEvent.CheckoutChanged(new StripeVersion(Instant.ofEpochSecond(200), "evt_c2"), "acct_0", c.stripeSessionId(),
                "complete", "cus_9", "sub_9");
        var older = new BillingEvent.CheckoutChanged(new StripeVersion(Instant.ofEpochSecond(100), "evt_c1"), "acct_0", c.stripeSessionId(),
                "expired", null, null);
        for (BillingEvent e : List.of(completed, older, completed)) {
            this.events.put(e.version().eventId(), e);
            receive.receive(WebhookSource.CONNECT, e.version().eventId(), "good");
        }
        inbox.pending(10).forEach(events::apply);
        var mirrored = checkouts.rows.get(c.stripeSessionId());
        assertEquals("complete", mirrored.status());
        assertEquals("sub_9", mirrored.subscriptionId());
    }
}
