package com.coachkeep.infrastructure.rest.billing;

import com.coachkeep.billing.application.port.in.RefundChargeUseCase;
import com.coachkeep.billing.domain.Charge;
import com.coachkeep.billing.domain.Dispute;
import com.coachkeep.billing.domain.Refund;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Payments, refunds and disputes as mirrored from Stripe (P-PAY-3): Stripe ids and amounts in minor units, no card data. */
public final class PaymentDtos {
    private PaymentDtos() {
    }

    @Schema(name = "BillingCharge", description = "A payment on the coach's Stripe account, as mirrored (amounts in minor units)")
    public record ChargeResponse(String id, String customerId, String paymentIntentId,
            @Schema(description = "Stripe's status: succeeded, pending or failed") String status,
            long amount, long amountCaptured, long amountRefunded,
            @Schema(description = "What can still be refunded: captured less refunded, 0 unless succeeded") long refundable,
            String currency, boolean disputed, String chargedAt) {
        static ChargeResponse of(Charge c) {
            return new ChargeResponse(c.stripeChargeId(), c.customerId(), c.paymentIntentId(), c.status(), c.amount(), c.amountCaptured(),
                    c.amountRefunded(), c.refundable(), c.currency(), c.disputed(), text(c.chargedAt()));
        }
    }

    @Schema(name = "BillingChargePage")
    public record ChargesResponse(List<ChargeResponse> items) {
    }

    @Schema(name = "RefundChargeRequest", description = "A full refund when amount is left out, a partial one otherwise")
    public record RefundChargeRequest(
            @Schema(description = "Minor units; at most what is left to refund; left out: everything left", minimum = "1", maximum = "99999999",
                    example = "1500") Long amount,
            @Schema(description = "Stripe's reason, optional", enumeration = {"duplicate", "fraudulent", "requested_by_customer"},
                    example = "requested_by_customer") String reason) {
    }

    @Schema(name = "RefundCreated", description = "What Stripe answered; the refund is listed once Stripe's event arrives")
    public record RefundCreatedResponse(String refundId, String chargeId,
            @Schema(description = "Stripe's status: pending, succeeded, requires_action, failed or canceled") String status, long amount,
            String currency) {
        static RefundCreatedResponse of(RefundChargeUseCase.RefundResult r) {
            return new RefundCreatedResponse(r.refundId(), r.chargeId(), r.status(), r.amount(), r.currency());
        }
    }

    @Schema(name = "BillingRefund", description = "A refund on the coach's Stripe account, as mirrored (amounts in minor units)")
    public record RefundResponse(String id, String chargeId, String paymentIntentId,
            @Schema(description = "Stripe's status: pending, succeeded, requires_action, failed or canceled") String status,
            long amount, String currency, String reason, String failureReason, String refundedAt) {
        static RefundResponse of(Refund r) {
            return new RefundResponse(r.stripeRefundId(), r.chargeId(), r.paymentIntentId(), r.status(), r.amount(), r.currency(), r.reason(),
                    r.failureReason(), text(r.refundedAt()));
        }
    }

    @Schema(name = "BillingRefundPage")
    public record RefundsResponse(List<RefundResponse> items) {
    }

    @Schema(name = "BillingDispute", description = "A dispute (chargeback) on the coach's Stripe account, as mirrored. Evidence is "
            + "submitted in the coach's Stripe dashboard.")
    public record DisputeResponse(String id, String chargeId, String paymentIntentId,
            @Schema(description = "Stripe's status: warning_needs_response, needs_response, under_review, won, lost, …") String status,
            long amount, String currency,
            @Schema(description = "Stripe's reason: fraudulent, product_not_received, …") String reason,
            @Schema(description = "When the evidence is due (Stripe's evidence_details.due_by)") String evidenceDueBy,
            @Schema(description = "Whether Stripe waits for the coach's evidence") boolean needsResponse, String disputedAt) {
        static DisputeResponse of(Dispute d) {
            return new DisputeResponse(d.stripeDisputeId(), d.chargeId(), d.paymentIntentId(), d.status(), d.amount(), d.currency(), d.reason(),
                    text(d.evidenceDueBy()), d.needsResponse(), text(d.disputedAt()));
        }
    }

    @Schema(name = "BillingDisputePage")
    public record DisputesResponse(List<DisputeResponse> items) {
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
