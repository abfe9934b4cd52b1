package com.coachkeep.infrastructure.stripe;

import com.coachkeep.billing.application.port.out.BillingEventReaderPort.UnreadableEventException;
import com.coachkeep.billing.domain.BillingEvent;
import com.coachkeep.billing.domain.StripeVersion;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.Refund;
import java.time.Instant;

/**
 * The events of payments, refunds and disputes on a connected account (P-PAY-3), as the API version of stripe-java
 * 33.3.0 sends them: {@code charge.*} carries a Charge (its {@code amount_refunded}); {@code refund.created},
 * {@code refund.updated}, {@code refund.failed} and the older {@code charge.refund.updated} carry a Refund;
 * {@code charge.dispute.*} a Dispute with its {@code evidence_details.due_by}. And the tax Stripe computed on an invoice.
 */
final class StripePaymentEvents {
    private StripePaymentEvents() {
    }

    /** The event as billing mirrors it, or null when it is none of these. */
    static BillingEvent read(Event event, StripeVersion version) {
        String type = event.getType();
        if (type.startsWith("charge.dispute.")) {
            Dispute d = StripeEventReader.object(event, Dispute.class);
            if (d.getId() == null || d.getStatus() == null || d.getCurrency() == null) {
                throw new UnreadableEventException("the dispute has no id, status or currency", null);
            }
            Long due = d.getEvidenceDetails() == null ? null : d.getEvidenceDetails().getDueBy();
            return new BillingEvent.DisputeChanged(version, event.getAccount(), d.getId(), d.getCharge(), d.getPaymentIntent(), d.getStatus(),
                    nz(d.getAmount()), d.getCurrency(), d.getReason(), due == null ? null : Instant.ofEpochSecond(due), epoch(d.getCreated()));
        }
        if (type.equals("refund.created") || type.equals("refund.updated") || type.equals("refund.failed")
                || type.equals("charge.refund.updated")) {
            Refund r = StripeEventReader.object(event, Refund.class);
            if (r.getId() == null || r.getStatus() == null || r.getCurrency() == null) {
                throw new UnreadableEventException("the refund has no id, status or currency", null);
            }
            return new BillingEvent.RefundChanged(version, event.getAccount(), r.getId(), r.getCharge(), r.getPaymentIntent(), r.getStatus(),
                    nz(r.getAmount()), r.getCurrency(), r.getReason(), r.getFailureReason(), epoch(r.getCreated()));
        }
        if (type.startsWith("charge.") && !type.startsWith("charge.refund.")) {
            Charge c = StripeEventReader.object(event, Charge.class);
            if (c.getId() == null || c.getStatus() == null || c.getCurrency() == null) {
                throw new UnreadableEventException("the charge has no id, status or currency", null);
            }
            long captured = c.getAmountCaptured() != null ? c.getAmountCaptured() : Boolean.TRUE.equals(c.getCaptured()) ? nz(c.getAmount()) : 0;
            return new BillingEvent.ChargeChanged(version, event.getAccount(), c.getId(), c.getCustomer(), c.getPaymentIntent(), c.getStatus(),
                    nz(c.getAmount()), captured, nz(c.getAmountRefunded()), c.getCurrency(), Boolean.TRUE.equals(c.getDisputed()),
                    epoch(c.getCreated()));
        }
        return null;
    }

    /** The tax Stripe computed on the invoice: the sum of its {@code total_taxes} (else total less total excluding tax; else 0). */
    static long tax(Invoice i) {
        if (i.getTotalTaxes() != null) {
            return i.getTotalTaxes().stream().mapToLong(t -> nz(t.getAmount())).sum();
        }
        if (i.getTotal() != null && i.getTotalExcludingTax() != null) {
            return Math.max(0, i.getTotal() - i.getTotalExcludingTax());
        }
        return 0;
    }

    private static Instant epoch(Long seconds) {
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    private static long nz(Long l) {
        return l == null ? 0 : l;
    }
}
