package com.coachkeep.billing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A coach's figures from the mirrored invoices, per currency (amounts in minor units): the clients who paid in the last
 * 30 days, what subscriptions brought in over those 30 days (a month's recurring revenue as collected, whatever the
 * billing interval), the invoices whose payment failed and that are still open, and what they amount to; and the refunds
 * of the last 30 days (pending or succeeded, as Stripe reports them) and what they gave back.
 */
public record RevenueFigures(List<PerCurrency> currencies) {
    public static final Duration WINDOW = Duration.ofDays(30);

    public record PerCurrency(String currency, int payingClients, long recurringRevenueLast30Days, long collectedLast30Days, int failedOpenInvoices,
            long failedOpenAmount, int refundsLast30Days, long refundedLast30Days) {
        /** Figures without refunds. */
        public PerCurrency(String currency, int payingClients, long recurringRevenueLast30Days, long collectedLast30Days, int failedOpenInvoices,
                long failedOpenAmount) {
            this(currency, payingClients, recurringRevenueLast30Days, collectedLast30Days, failedOpenInvoices, failedOpenAmount, 0, 0);
        }
    }

    public static RevenueFigures of(List<Invoice> invoices, Instant now) {
        return of(invoices, List.of(), now);
    }

    /** The figures of the invoices and the refunds (a refund counts in the window of when it was made). */
    public static RevenueFigures of(List<Invoice> invoices, List<Refund> refunds, Instant now) {
        Instant since = now.minus(WINDOW);
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, Set<String>> payers = new TreeMap<>();
        for (Invoice i : invoices) {
            long[] s = sums.computeIfAbsent(i.currency(), c -> new long[4]);
            payers.computeIfAbsent(i.currency(), c -> new HashSet<>());
            boolean recent = !i.version().created().isBefore(since);
            if (i.paid() && recent) {
                s[1] += i.amountPaid();
                if (i.subscriptionId() != null) {
                    s[0] += i.amountPaid();
                }
                if (i.customerId() != null) {
                    payers.get(i.currency()).add(i.customerId());
                }
            }
            if ("open".equals(i.status()) && i.attemptCount() > 0) {
                s[2]++;
                s[3] += i.amountDue() - i.amountPaid();
            }
        }
        Map<String, long[]> refunded = new TreeMap<>();
        for (Refund r : refunds) {
            Instant at = r.refundedAt() != null ? r.refundedAt() : r.version().created();
            if (r.counts() && !at.isBefore(since) && r.currency() != null) {
                long[] x = refunded.computeIfAbsent(r.currency(), c -> new long[2]);
                x[0]++;
                x[1] += r.amount();
                sums.computeIfAbsent(r.currency(), c -> new long[4]);
                payers.computeIfAbsent(r.currency(), c -> new HashSet<>());
            }
        }
        List<PerCurrency> out = new ArrayList<>();
        sums.forEach((c, s) -> {
            long[] x = refunded.getOrDefault(c, new long[2]);
            out.add(new PerCurrency(c, payers.get(c).size(), s[0], s[1], (int) s[2], s[3], (int) x[0], x[1]));
        });
        return new RevenueFigures(out);
    }
}
