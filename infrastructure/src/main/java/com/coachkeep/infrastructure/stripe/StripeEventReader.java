package com.coachkeep.infrastructure.stripe;

import com.coachkeep.billing.application.port.out.BillingEventReaderPort;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.StripeVersion;
import com.stripe.model.Account;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.net.ApiResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a stored event with stripe-java's own deserializer and says what it means for billing. */
@ApplicationScoped
public class StripeEventReader implements BillingEventReaderPort {
    @Override
    public BillingEvent read(String payload) {
        Event event;
        try {
            event = ApiResource.GSON.fromJson(payload, Event.class);
        } catch (RuntimeException e) {
            throw new UnreadableEventException("not a Stripe event (" + e.getClass().getSimpleName() + ")", e);
        }
        if (event == null || event.getId() == null || event.getType() == null || event.getCreated() == null) {
            throw new UnreadableEventException("an event needs an id, a type and a creation time", null);
        }
        StripeVersion version = new StripeVersion(Instant.ofEpochSecond(event.getCreated()), event.getId());
        String type = event.getType();
        // the platform account's events about a workspace's own subscription to Coachkeep (no connected account)
        Optional<BillingEvent> coach = StripeCoachSubscriptionEvents.read(event, version, StripeEventReader::object);
        if (coach.isPresent()) {
            return coach.get();
        }
        if (type.equals("account.updated")) {
            Account a = object(event, Account.class);
            List<String> due = new ArrayList<>();
            if (a.getRequirements() != null) {
                Optional.ofNullable(a.getRequirements().getPastDue()).ifPresent(due::addAll);
                Optional.ofNullable(a.getRequirements().getCurrentlyDue()).ifPresent(l -> l.stream().filter(r -> !due.contains(r)).forEach(due::add));
            }
            return new BillingEvent.AccountUpdated(version, a.getId(), Boolean.TRUE.equals(a.getDetailsSubmitted()),
                    Boolean.TRUE.equals(a.getChargesEnabled()), Boolean.TRUE.equals(a.getPayoutsEnabled()), due);
        }
        if (type.startsWith("invoice.") && !type.startsWith("invoice.upcoming") && !type.startsWith("invoiceitem")) {
            Invoice i = object(event, Invoice.class);
            if (i.getId() == null || i.getStatus() == null || i.getCurrency() == null) {
                throw new UnreadableEventException("the invoice has no id, status or currency", null);
            }
            String subscription = i.getParent() != null && i.getParent().getSubscriptionDetails() != null
                    ? i.getParent().getSubscriptionDetails().getSubscription() : null;
            return new BillingEvent.InvoiceChanged(version, event.getAccount(), i.getId(), i.getCustomer(), subscription, i.getStatus(),
                    nz(i.getAmountDue()), nz(i.getAmountPaid()), i.getCurrency(), (int) nz(i.getAttemptCount()),
                    i.getNextPaymentAttempt() == null ? null : Instant.ofEpochSecond(i.getNextPaymentAttempt()), StripePaymentEvents.tax(i));
        }
        if (type.equals("checkout.session.completed") || type.equals("checkout.session.expired")) {
            com.stripe.model.checkout.Session s = object(event, com.stripe.model.checkout.Session.class);
            if (s.getId() == null || s.getStatus() == null) {
                throw new UnreadableEventException("the checkout session has no id or status", null);
            }
            return new BillingEvent.CheckoutChanged(version, event.getAccount(), s.getId(), s.getStatus(), s.getCustomer(), s.getSubscription());
        }
        BillingEvent payment = StripePaymentEvents.read(event, version);
        if (payment != null) {
            return payment;
        }
        if (type.equals("customer.subscription.created") || type.equals("customer.subscription.updated")
                || type.equals("customer.subscription.deleted")) {
            return subscription(version, event.getAccount(), object(event, com.stripe.model.Subscription.class));
        }
        return new BillingEvent.Other(version, type);
    }

    /** A subscription's state; its period end and price from its first item (where Stripe's current API keeps them). */
    private static BillingEvent.SubscriptionChanged subscription(StripeVersion version, String account, com.stripe.model.Subscription s) {
        if (s.getId() == null || s.getStatus() == null) {
            throw new UnreadableEventException("the subscription has no id or status", null);
        }
        com.stripe.model.SubscriptionItem item = s.getItems() == null || s.getItems().getData() == null || s.getItems().getData().isEmpty()
                ? null : s.getItems().getData().get(0);
        Long periodEnd = item == null ? null : item.getCurrentPeriodEnd();
        var pause = s.getPauseCollection();
        return new BillingEvent.SubscriptionChanged(version, account, s.getId(), s.getCustomer(), s.getStatus(),
                item == null || item.getPrice() == null ? null : item.getPrice().getId(), periodEnd == null ? null : Instant.ofEpochSecond(periodEnd),
                Boolean.TRUE.equals(s.getCancelAtPeriodEnd()), pause == null ? null : pause.getBehavior(),
                pause == null || pause.getResumesAt() == null ? null : Instant.ofEpochSecond(pause.getResumesAt()));
    }

    static <T extends StripeObject> T object(Event event, Class<T> type) {
        StripeObject o;
        try {
            o = event.getDataObjectDeserializer().getObject().orElse(null);
            if (o == null) {
                // the event's API version differs from the library's: read it anyway, field by field
                o = event.getDataObjectDeserializer().deserializeUnsafe();
            }
        } catch (Exception e) {
            throw new UnreadableEventException("its object cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (!type.isInstance(o)) {
            throw new UnreadableEventException("its object is not " + type.getSimpleName(), null);
        }
        return type.cast(o);
    }

    private static long nz(Long l) {
        return l == null ? 0 : l;
    }
}
