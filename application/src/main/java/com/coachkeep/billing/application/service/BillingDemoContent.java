package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.out.ConnectedAccountRepository;
import com.coachkeep.billing.application.port.out.InvoiceRepository;
import com.coachkeep.billing.domain.ConnectedAccount;
import com.coachkeep.billing.domain.Invoice;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent.DemoSeededClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The demo workspace's billing, as if mirrored from Stripe (no call to Stripe): an onboarded connected account and, for
 * each active demo client, six months of a monthly package paid on time, one renewal that failed once and was paid on
 * Stripe's retry, and for every fourth client a current renewal still failing with its next retry scheduled. Ids are
 * marked {@code demo} so they can never be mistaken for Stripe's. Runs inside the seeding transaction.
 */
@ApplicationScoped
public class BillingDemoContent {
    static final int MONTHS = 6;
    static final long[] PRICES = {9900, 14900, 19900};

    private final ConnectedAccountRepository accounts;
    private final InvoiceRepository invoices;

    @Inject
    public BillingDemoContent(ConnectedAccountRepository accounts, InvoiceRepository invoices) {
        this.accounts = accounts;
        this.invoices = invoices;
    }

    protected BillingDemoContent() {
        this(null, null);
    }

    void seed(@Observes DemoWorkspaceSeededEvent event) {
        Instant now = event.at();
        String account = "acct_demo_" + event.workspaceId().value().toString().replace("-", "").substring(0, 12);
        accounts.save(new ConnectedAccount(event.workspaceId(), account, true, true, true, List.of(),
                new StripeVersion(now.minus(Duration.ofDays(200)), "evt_demo_account"), now.minus(Duration.ofDays(201))));
        int n = 0;
        for (DemoSeededClient c : event.clients()) {
            n++;
            if (!"active".equalsIgnoreCase(c.status())) {
                continue;
            }
            Random random = new Random(c.clientId().value().getMostSignificantBits());
            long price = PRICES[random.nextInt(PRICES.length)];
            String customer = "cus_demo_" + n;
            String subscription = "sub_demo_" + n;
            int retried = 1 + random.nextInt(MONTHS - 2);
            for (int m = MONTHS; m >= 1; m--) {
                Instant at = now.minus(Duration.ofDays(30L * m - 2));
                int attempts = m == retried ? 2 : 1;
                save(event, account, customer, subscription, "in_demo_" + n + "_" + m, "paid", price, price, attempts, null,
                        at.plus(Duration.ofDays(m == retried ? 3 : 0)));
            }
            if (n % 4 == 0) {
                Instant at = now.minus(Duration.ofDays(2));
                save(event, account, customer, subscription, "in_demo_" + n + "_0", "open", price, 0, 1, now.plus(Duration.ofDays(1)), at);
            }
        }
    }

    private void save(DemoWorkspaceSeededEvent event, String account, String customer, String subscription, String id, String status, long due,
            long paid, int attempts, Instant next, Instant at) {
        invoices.save(new Invoice(event.workspaceId(), id, account, customer, subscription, status, due, paid, "eur", attempts, next,
                new StripeVersion(at, "evt_demo_" + id)));
    }
}
