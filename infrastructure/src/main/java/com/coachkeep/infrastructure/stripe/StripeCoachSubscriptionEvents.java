package com.coachkeep.infrastructure.stripe;

import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.StripeVersion;
import com.stripe.model.Event;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.checkout.Session;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the platform account's events about a workspace's own subscription to Coachkeep: {@code customer.subscription.*}
 * and {@code checkout.session.completed/expired} in subscription mode, events without a connected account. The
 * workspace and the checkout come from what Coachkeep set at checkout (the session's client reference and metadata, the
 * subscription's metadata).
 */
final class StripeCoachSubscriptionEvents {
    private StripeCoachSubscriptionEvents() {
    }

    /** What the event says about a coach's subscription; empty when it is not such an event. */
    static Optional<BillingEvent> read(Event event, StripeVersion version, ObjectReader objects) {
        String type = event.getType();
        if (event.getAccount() != null) {
            return Optional.empty();
        }
        if (type.equals("customer.subscription.created") || type.equals("customer.subscription.updated")
                || type.equals("customer.subscription.deleted")) {
            Subscription s = objects.read(event, Subscription.class);
            if (s.getId() == null || s.getStatus() == null) {
                throw new com.coachkeep.billing.application.port.out.BillingEventReaderPort.UnreadableEventException(
                        "the subscription has no id or status", null);
            }
            Map<String, String> metadata = s.getMetadata() == null ? Map.of() : s.getMetadata();
            String price = item(s).map(SubscriptionItem::getPrice).map(p -> p.getId()).orElse(null);
            return Optional.of(new BillingEvent.CoachSubscriptionChanged(version, metadata.get(StripePlatformBilling.WORKSPACE),
                    metadata.get(StripePlatformBilling.CHECKOUT), s.getId(), s.getCustomer(), price, s.getStatus(), periodEnd(s), cancelsAtPeriodEnd(s),
                    s.getCanceledAt() == null ? null : Instant.ofEpochSecond(s.getCanceledAt()),
                    s.getCreated() == null ? null : Instant.ofEpochSecond(s.getCreated())));
        }
        if (type.equals("checkout.session.completed") || type.equals("checkout.session.expired")) {
            Session s = objects.read(event, Session.class);
            if (!"subscription".equals(s.getMode())) {
                return Optional.empty();
            }
            if (s.getId() == null || s.getStatus() == null) {
                throw new com.coachkeep.billing.application.port.out.BillingEventReaderPort.UnreadableEventException(
                        "the checkout session has no id or status", null);
            }
            Map<String, String> metadata = s.getMetadata() == null ? Map.of() : s.getMetadata();
            String workspace = s.getClientReferenceId() != null ? s.getClientReferenceId() : metadata.get(StripePlatformBilling.WORKSPACE);
            return Optional.of(new BillingEvent.CoachCheckoutChanged(version, workspace, metadata.get(StripePlatformBilling.CHECKOUT), s.getId(),
                    s.getStatus(), s.getCustomer(), s.getSubscription()));
        }
        return Optional.empty();
    }

    /** Reads an event's object as a type, or says the event is unreadable. */
    interface ObjectReader {
        <T extends com.stripe.model.StripeObject> T read(Event event, Class<T> type);
    }

    private static Optional<SubscriptionItem> item(Subscription s) {
        return s.getItems() == null || s.getItems().getData() == null || s.getItems().getData().isEmpty() ? Optional.empty()
                : Optional.of(s.getItems().getData().get(0));
    }

    /** The end of the period paid for (Stripe keeps it on the subscription's items since API version 2025-03-31). */
    static Instant periodEnd(Subscription s) {
        return item(s).map(SubscriptionItem::getCurrentPeriodEnd).map(Instant::ofEpochSecond).orElse(null);
    }

    /** Whether it is set to end: at the end of the period, or at a date ({@code cancel_at}, which the portal may set). */
    static boolean cancelsAtPeriodEnd(Subscription s) {
        return Boolean.TRUE.equals(s.getCancelAtPeriodEnd()) || (s.getCancelAt() != null && !"canceled".equals(s.getStatus()));
    }
}
