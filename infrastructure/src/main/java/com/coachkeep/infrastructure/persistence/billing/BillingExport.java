package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Billing's part of the workspace archive: the connected account's state and the billing history (mirrored invoices). */
@ApplicationScoped
public class BillingExport implements PersonalDataExportPort {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "billing";
    }

    @Override
    public List<String> tables() {
        return BillingErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    connected-account.json    the workspace's Stripe account and its state as Stripe last reported it
                    invoices.csv              the billing history: invoices on that account as mirrored from Stripe
                                              (amounts in minor units; names and card data stay at Stripe)
                    offers.csv                the packages the workspace sells: name, interval, price, trial, setup fee
                    coupons.csv               the workspace's coupons and promotion codes: discount, duration, limits,
                                              code, whether still active
                    checkouts.csv             clients' checkouts of offers on Stripe's pages and their outcome (a client's
                                              own archive holds theirs)""";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select stripe_account_id, details_submitted, charges_enabled, payouts_enabled, "
                + "requirements_due, state_at, created_at from billing_connected_account where workspace_id = cast(?1 as uuid)")
                .setParameter(1, workspaceId.value().toString()).getResultList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stripeAccountId", r[0]);
            m.put("detailsSubmitted", r[1]);
            m.put("chargesEnabled", r[2]);
            m.put("payoutsEnabled", r[3]);
            m.put("requirementsDue", r[4] == null || r[4].toString().isEmpty() ? List.of() : Arrays.asList(r[4].toString().split(",")));
            m.put("stateAt", r[5] == null ? null : Rows.instant(r[5]).toString());
            m.put("createdAt", Rows.instant(r[6]).toString());
            archive.json("connected-account.json", m);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select stripe_invoice_id, stripe_customer_id, stripe_subscription_id, status, "
                + "amount_due, amount_paid, currency, attempt_count, state_at from billing_invoice where workspace_id = cast(?1 as uuid) "
                + "order by state_at, stripe_invoice_id").setParameter(1, workspaceId.value().toString()).getResultList()) {
            rows.add(Arrays.asList((String) r[0], (String) r[1], (String) r[2], (String) r[3], r[4].toString(), r[5].toString(), Rows.text(r[6]),
                    r[7].toString(), Rows.instant(r[8]).toString()));
        }
        archive.csv("invoices.csv", List.of("invoiceId", "customerId", "subscriptionId", "status", "amountDue", "amountPaid", "currency",
                "attemptCount", "stateAt"), rows.iterator());
        offers(workspaceId, archive);
        coupons(workspaceId, archive);
        checkouts(workspaceId, null, archive);
    }

    @SuppressWarnings("unchecked")
    private void offers(WorkspaceId workspaceId, ExportArchivePort archive) {
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, name, billing_interval, amount, currency, trial_days, setup_fee, "
                + "stripe_product_id, stripe_price_id, created_at from billing_offer where workspace_id = cast(?1 as uuid) order by created_at, id")
                .setParameter(1, workspaceId.value().toString()).getResultList()) {
            rows.add(Arrays.asList(Rows.text(r[0]), (String) r[1], ((String) r[2]).toLowerCase(java.util.Locale.ROOT), r[3].toString(), Rows.text(r[4]),
                    r[5] == null ? "" : r[5].toString(), r[6] == null ? "" : r[6].toString(), (String) r[7], (String) r[8], Rows.instant(r[9]).toString()));
        }
        archive.csv("offers.csv", List.of("id", "name", "interval", "amount", "currency", "trialDays", "setupFee", "stripeProductId",
                "stripePriceId", "createdAt"), rows.iterator());
    }

    @SuppressWarnings("unchecked")
    private void coupons(WorkspaceId workspaceId, ExportArchivePort archive) {
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, name, percent_off, amount_off, currency, duration, duration_in_months, "
                + "max_redemptions, redeem_by, code, stripe_coupon_id, stripe_promotion_code_id, active, created_at, deactivated_at "
                + "from billing_coupon where workspace_id = cast(?1 as uuid) order by created_at, id")
                .setParameter(1, workspaceId.value().toString()).getResultList()) {
            rows.add(Arrays.asList(Rows.text(r[0]), (String) r[1], r[2] == null ? "" : r[2].toString(), r[3] == null ? "" : r[3].toString(),
                    r[4] == null ? "" : Rows.text(r[4]), ((String) r[5]).toLowerCase(java.util.Locale.ROOT), r[6] == null ? "" : r[6].toString(),
                    r[7] == null ? "" : r[7].toString(), r[8] == null ? "" : Rows.instant(r[8]).toString(), r[9] == null ? "" : (String) r[9],
                    (String) r[10], r[11] == null ? "" : (String) r[11], r[12].toString(), Rows.instant(r[13]).toString(),
                    r[14] == null ? "" : Rows.instant(r[14]).toString()));
        }
        archive.csv("coupons.csv", List.of("id", "name", "percentOff", "amountOff", "currency", "duration", "durationInMonths", "maxRedemptions",
                "redeemBy", "code", "stripeCouponId", "stripePromotionCodeId", "active", "createdAt", "deactivatedAt"), rows.iterator());
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        // the invoices name no client; their checkouts link them to their Stripe customer (payments are in Stripe's portal)
        checkouts(workspaceId, clientId, archive);
    }

    @SuppressWarnings("unchecked")
    private void checkouts(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        var q = em.createNativeQuery("select id, client_id, offer_id, status, stripe_customer_id, stripe_subscription_id, created_at "
                + "from billing_checkout where workspace_id = cast(?1 as uuid)" + (clientId == null ? "" : " and client_id = cast(?2 as uuid)")
                + " order by created_at, id").setParameter(1, workspaceId.value().toString());
        if (clientId != null) {
            q.setParameter(2, clientId.value().toString());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            rows.add(Arrays.asList(Rows.text(r[0]), Rows.text(r[1]), Rows.text(r[2]), (String) r[3], (String) r[4], (String) r[5],
                    Rows.instant(r[6]).toString()));
        }
        archive.csv("checkouts.csv", List.of("id", "clientId", "offerId", "status", "stripeCustomerId", "stripeSubscriptionId", "createdAt"),
                rows.iterator());
    }
}
