package com.coachkeep.infrastructure.rest.billing;

import com.coachkeep.billing.application.port.in.GetConnectedAccountUseCase;
import com.coachkeep.billing.application.port.in.CreateOfferUseCase;
import com.coachkeep.billing.application.port.in.GetRevenueFiguresUseCase;
import com.coachkeep.billing.application.port.in.ListOffersUseCase;
import com.coachkeep.billing.domain.Offer;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.CreateOfferRequest;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.OfferResponse;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.OffersResponse;
import jakarta.ws.rs.Consumes;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import com.coachkeep.billing.application.port.in.ListInvoicesUseCase;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.RevenueFiguresResponse;
import com.coachkeep.billing.application.port.in.RetryInvoiceUseCase;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.InvoiceRetryResponse;
import com.coachkeep.billing.application.port.in.StartConnectOnboardingUseCase;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.ConnectedAccountResponse;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.InvoiceResponse;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.InvoicesResponse;
import com.coachkeep.infrastructure.rest.billing.BillingDtos.OnboardingLinkResponse;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The coach's payments through Stripe Connect (docs/billing.md): onboarding on Stripe's hosted pages, the account's
 * state and the invoices as mirrored from Stripe's signed events. Without Stripe configured every operation answers
 * {@code payments-not-configured}.
 */
@Path("/api/v1/workspaces/{workspaceId}/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class BillingResource {
    @Inject
    CurrentCaller current;
    @Inject
    StartConnectOnboardingUseCase onboarding;
    @Inject
    GetConnectedAccountUseCase account;
    @Inject
    ListInvoicesUseCase invoices;
    @Inject
    RetryInvoiceUseCase retry;
    @Inject
    GetRevenueFiguresUseCase figures;
    @Inject
    CreateOfferUseCase createOffer;
    @Inject
    ListOffersUseCase listOffers;
    @Inject
    com.coachkeep.billing.application.port.in.StartCheckoutUseCase checkout;

    @Inject
    com.coachkeep.billing.application.port.in.RefundChargeUseCase refundCharge;
    @Inject
    com.coachkeep.billing.application.port.in.ListChargesUseCase charges;
    @Inject
    com.coachkeep.billing.application.port.in.ListRefundsUseCase refunds;
    @Inject
    com.coachkeep.billing.application.port.in.ListDisputesUseCase disputes;

    @Inject
    com.coachkeep.billing.application.port.in.CreateCouponUseCase createCoupon;
    @Inject
    com.coachkeep.billing.application.port.in.ListCouponsUseCase listCoupons;
    @Inject
    com.coachkeep.billing.application.port.in.DeactivateCouponUseCase deactivateCoupon;
    @Inject
    java.time.Clock clock;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Path("/connect")
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "getConnectedAccount", summary = "The workspace's Stripe account and its onboarding state",
            description = "As Stripe last reported it (account.updated events). 409 payments-not-configured when this server has no Stripe.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConnectedAccountResponse.class)))
    public ConnectedAccountResponse get() {
        return ConnectedAccountResponse.of(account.get(current.in(workspaceId)));
    }

    @POST
    @Path("/connect/onboarding-links")
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "startConnectOnboarding", summary = "Start or continue onboarding to Stripe Connect (owner only)",
            description = "Creates the workspace's Stripe account on first use and answers a single-use link to Stripe's hosted onboarding. "
                    + "The coach's details and bank account go to Stripe only.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OnboardingLinkResponse.class)))
    public Response start() {
        return Response.status(Response.Status.CREATED).entity(OnboardingLinkResponse.of(onboarding.start(current.in(workspaceId))))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/invoices")
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "listBillingInvoices", summary = "Invoices on the workspace's Stripe account, newest first",
            description = "Mirrored from Stripe's invoice events, each applied once and never moved backwards by an older event.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InvoicesResponse.class)))
    public InvoicesResponse list() {
        return new InvoicesResponse(invoices.list(current.in(workspaceId)).stream().map(InvoiceResponse::of).toList());
    }

    @POST
    @Path("/invoices/{invoiceId}/retry")
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "retryBillingInvoice", summary = "Collect a failed invoice now (owner only)",
            description = "Asks Stripe to charge the client's payment method for this open invoice at once, instead of waiting for the next "
                    + "scheduled retry. A second request for the same attempt collects once (idempotency key from the invoice and its attempt). "
                    + "402 payment-declined when the bank declines; the mirror follows Stripe's events.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InvoiceRetryResponse.class)))
    public InvoiceRetryResponse retry(@PathParam("invoiceId") String invoiceId) {
        var r = retry.retry(current.in(workspaceId), invoiceId);
        return new InvoiceRetryResponse(r.invoiceId(), r.status());
    }

    @GET
    @Path("/figures")
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "getRevenueFigures", summary = "Revenue figures from the mirrored invoices, per currency",
            description = "Clients who paid in the last 30 days, what subscriptions and all invoices collected in those 30 days, and the "
                    + "failed payments still open (amounts in minor units).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RevenueFiguresResponse.class)))
    public RevenueFiguresResponse figures() {
        return RevenueFiguresResponse.of(figures.figures(current.in(workspaceId)));
    }

    @POST
    @Path("/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "createOffer", summary = "Define a package to sell (owner only)",
            description = "One-time or recurring (week, month, year), its price in minor units and currency, an optional trial and setup "
                    + "fee. Created as a product and prices on the workspace's own Stripe account; clients pay for it on Stripe's pages.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OfferResponse.class)))
    public Response createOffer(@RequestBody(required = true) CreateOfferRequest body) {
        CreateOfferRequest b = body == null ? new CreateOfferRequest(null, null, null, null, null, null) : body;
        Offer.Spec spec = Offer.Spec.of(b.name(), b.interval(), b.amount(), b.currency(), b.trialDays(), b.setupFee());
        Offer offer = createOffer.create(current.in(workspaceId), spec);
        return Response.status(Response.Status.CREATED).entity(OfferResponse.of(offer)).build();
    }

    @GET
    @Path("/offers")
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "listOffers", summary = "The packages the workspace sells, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OffersResponse.class)))
    public OffersResponse offers() {
        return new OffersResponse(listOffers.list(current.in(workspaceId)).stream().map(OfferResponse::of).toList());
    }

    @POST
    @Path("/coupons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "createCoupon", summary = "Make a coupon, optionally with a promotion code (owner only)",
            description = "A percentage or an amount off, once, for some months or forever, with an optional limit of redemptions and last "
                    + "day. Created as a coupon on the workspace's own Stripe account and, with a code, a promotion code clients type on "
                    + "Stripe's checkout page. Every invalid field is named at once and nothing is sent to Stripe.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = BillingDtos.CouponResponse.class)))
    public Response createCoupon(@RequestBody(required = true) BillingDtos.CreateCouponRequest body) {
        BillingDtos.CreateCouponRequest b = body == null ? new BillingDtos.CreateCouponRequest(null, null, null, null, null, null, null, null, null)
                : body;
        com.coachkeep.billing.domain.Coupon.Spec spec = com.coachkeep.billing.domain.Coupon.Spec.of(b.name(), b.percentOff(), b.amountOff(),
                b.currency(), b.duration(), b.durationInMonths(), b.maxRedemptions(), b.redeemBy(), b.code(), clock.instant());
        var coupon = createCoupon.create(current.in(workspaceId), spec);
        return Response.status(Response.Status.CREATED).entity(BillingDtos.CouponResponse.of(coupon)).build();
    }

    @GET
    @Path("/coupons")
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "listCoupons", summary = "The workspace's coupons and promotion codes, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BillingDtos.CouponsResponse.class)))
    public BillingDtos.CouponsResponse coupons() {
        return new BillingDtos.CouponsResponse(listCoupons.list(current.in(workspaceId)).stream().map(BillingDtos.CouponResponse::of).toList());
    }

    @POST
    @Path("/coupons/{couponId}/deactivate")
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "deactivateCoupon", summary = "End a coupon: it can no longer be redeemed (owner only)",
            description = "Deactivates its promotion code at Stripe (a coupon without a code is deleted at Stripe). Subscriptions that "
                    + "already have the discount keep it. Deactivating an inactive coupon changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BillingDtos.CouponResponse.class)))
    public BillingDtos.CouponResponse deactivateCoupon(@PathParam("couponId") String couponId) {
        return BillingDtos.CouponResponse.of(deactivateCoupon.deactivate(current.in(workspaceId), com.coachkeep.shared.domain.Ids.parse(couponId)));
    }

    @POST
    @Path("/offers/{offerId}/checkout-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "startCheckout", summary = "Open Stripe Checkout for a client and an offer (owner only)",
            description = "A Stripe-hosted page on the workspace's own account where the client pays: subscription or one-time, the "
                    + "setup fee and trial of the offer, the platform's fee, tax calculated by Stripe, promotion codes accepted. Card "
                    + "details are entered on Stripe's page only. The outcome follows Stripe's events.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = BillingDtos.CheckoutResponse.class)))
    public Response startCheckout(@PathParam("offerId") String offerId, @RequestBody(required = true) BillingDtos.StartCheckoutRequest body) {
        java.util.UUID offer = com.coachkeep.shared.domain.Ids.parse(offerId);
        com.coachkeep.shared.domain.Validator v = new com.coachkeep.shared.domain.Validator();
        com.coachkeep.roster.domain.ClientId client = v.check("clientId", body == null ? null : body.clientId(), raw -> {
            if (raw == null) {
                throw new IllegalArgumentException("is required: the client who is to pay");
            }
            try {
                return com.coachkeep.roster.domain.ClientId.parse(raw);
            } catch (com.coachkeep.shared.domain.Ids.MalformedIdException e) {
                throw new IllegalArgumentException("must be a client id");
            }
        });
        v.throwIfInvalid();
        var c = checkout.start(current.in(workspaceId), offer, client);
        return Response.status(Response.Status.CREATED).entity(BillingDtos.CheckoutResponse.of(c)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/charges")
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "listBillingCharges", summary = "Payments on the workspace's Stripe account, newest first",
            description = "Mirrored from Stripe's charge events, with what is refunded and what is left to refund.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentDtos.ChargesResponse.class)))
    public PaymentDtos.ChargesResponse charges() {
        return new PaymentDtos.ChargesResponse(charges.charges(current.in(workspaceId)).stream().map(PaymentDtos.ChargeResponse::of).toList());
    }

    @POST
    @Path("/charges/{chargeId}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "refundBillingCharge", summary = "Refund a payment in full or in part (owner only)",
            description = "Stripe refunds the payment on the workspace's own account (the coach's money, direct charges). The amount is at "
                    + "most what is left to refund; left out, everything left is refunded. A double click refunds once: the idempotency key is "
                    + "the charge, what Stripe had reported refunded and the amount. The refund is listed once Stripe's event arrives.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PaymentDtos.RefundCreatedResponse.class)))
    public Response refund(@PathParam("chargeId") String chargeId, @RequestBody(required = true) PaymentDtos.RefundChargeRequest body) {
        if (body == null) {
            throw com.coachkeep.shared.domain.InvalidInputException.of("body", "is required: {} refunds everything left, {\"amount\": …} part of it");
        }
        com.coachkeep.shared.domain.Validator v = new com.coachkeep.shared.domain.Validator();
        Long amount = body.amount();
        v.require(amount == null || (amount > 0 && amount <= 99_999_999L), "amount",
                "must be a positive amount in minor units, at most 99999999 (or left out to refund everything left)");
        var reason = v.check("reason", body.reason(), raw -> {
            if (raw == null) {
                return null;
            }
            for (var r : com.coachkeep.billing.application.port.in.RefundChargeUseCase.Reason.values()) {
                if (r.wireName().equals(raw)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("must be duplicate, fraudulent or requested_by_customer");
        });
        v.throwIfInvalid();
        var r = refundCharge.refund(current.in(workspaceId),
                new com.coachkeep.billing.application.port.in.RefundChargeUseCase.RefundChargeCommand(chargeId, amount, reason));
        return Response.status(Response.Status.CREATED).entity(PaymentDtos.RefundCreatedResponse.of(r)).build();
    }

    @GET
    @Path("/refunds")
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "listBillingRefunds", summary = "Refunds on the workspace's Stripe account, newest first",
            description = "Mirrored from Stripe's refund events (made through Coachkeep or in the Stripe dashboard), each applied once and "
                    + "never moved backwards by an older event.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentDtos.RefundsResponse.class)))
    public PaymentDtos.RefundsResponse refunds() {
        return new PaymentDtos.RefundsResponse(refunds.refunds(current.in(workspaceId)).stream().map(PaymentDtos.RefundResponse::of).toList());
    }

    @GET
    @Path("/disputes")
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "listBillingDisputes", summary = "Disputes on the workspace's Stripe account, those awaiting evidence first",
            description = "Mirrored from Stripe's charge.dispute events with their evidence deadline. Evidence is submitted in the coach's "
                    + "Stripe dashboard, not through Coachkeep.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentDtos.DisputesResponse.class)))
    public PaymentDtos.DisputesResponse disputes() {
        return new PaymentDtos.DisputesResponse(disputes.disputes(current.in(workspaceId)).stream().map(PaymentDtos.DisputeResponse::of).toList());
    }
}
