package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.InvoiceView;
import com.coachkeep.billing.application.port.in.ListInvoicesUseCase;
import com.coachkeep.billing.application.port.out.InvoiceRepository;
import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The invoices mirrored from the workspace's connected account. */
@ApplicationScoped
@Transactional
public class InvoiceService implements ListInvoicesUseCase {
    private final InvoiceRepository invoices;
    private final PaymentGatewayPort gateway;

    @Inject
    public InvoiceService(InvoiceRepository invoices, PaymentGatewayPort gateway) {
        this.invoices = invoices;
        this.gateway = gateway;
    }

    protected InvoiceService() {
        this(null, null);
    }

    @Override
    public List<InvoiceView> list(Actor actor) {
        actor.require(Permission.BILLING_READ);
        ConnectedAccountService.requireConfigured(gateway);
        return invoices.list(actor.workspaceId()).stream().map(i -> new InvoiceView(i.stripeInvoiceId(), i.customerId(), i.subscriptionId(),
                i.status(), i.amountDue(), i.amountPaid(), i.currency(), i.attemptCount(), i.nextPaymentAttempt())).toList();
    }
}
