package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.InvoiceView;
import com.coachkeep.billing.application.port.in.GetRevenueFiguresUseCase;
import com.coachkeep.billing.application.port.in.ListInvoicesUseCase;
import com.coachkeep.billing.domain.RevenueFigures;
import com.coachkeep.billing.application.port.in.RetryInvoiceUseCase;
import com.coachkeep.billing.domain.Invoice;
import com.coachkeep.billing.domain.InvoiceNotFoundException;
import com.coachkeep.billing.domain.InvoiceNotOpenException;
import com.coachkeep.billing.domain.PaymentDeclinedException;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
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
public class InvoiceService implements ListInvoicesUseCase, RetryInvoiceUseCase, GetRevenueFiguresUseCase {
    private final InvoiceRepository invoices;
    private final PaymentGatewayPort gateway;
    private final AuditTrail audit;
    private final java.time.Clock clock;
    private final com.coachkeep.billing.application.port.out.RefundRepository refunds;

    @Inject
    public InvoiceService(InvoiceRepository invoices, PaymentGatewayPort gateway, AuditTrail audit, java.time.Clock clock,
            com.coachkeep.billing.application.port.out.RefundRepository refunds) {
        this.refunds = refunds;
        this.invoices = invoices;
        this.gateway = gateway;
        this.audit = audit;
        this.clock = clock;
    }

    /** Figures without refunds. */
    public InvoiceService(InvoiceRepository invoices, PaymentGatewayPort gateway, AuditTrail audit, java.time.Clock clock) {
        this(invoices, gateway, audit, clock, null);
    }

    protected InvoiceService() {
        this(null, null, null, null, null);
    }

    @Override
    public RevenueFigures figures(Actor actor) {
        actor.require(Permission.BILLING_READ);
        ConnectedAccountService.requireConfigured(gateway);
        return RevenueFigures.of(invoices.list(actor.workspaceId()), refunds == null ? List.of() : refunds.list(actor.workspaceId()),
                clock.instant());
    }

    @Override
    @Transactional(dontRollbackOn = PaymentDeclinedException.class)
    public RetryResult retry(Actor actor, String invoiceId) {
        actor.require(Permission.BILLING_MANAGE);
        ConnectedAccountService.requireConfigured(gateway);
        if (invoiceId == null || !invoiceId.matches("in_[A-Za-z0-9_]{1,200}")) {
            throw new InvoiceNotFoundException();
        }
        Invoice invoice = invoices.lock(actor.workspaceId(), invoiceId).orElseThrow(InvoiceNotFoundException::new);
        if (!"open".equals(invoice.status())) {
            throw new InvoiceNotOpenException(invoice.status());
        }
        AuditRecord retried = AuditRecord.of(actor, "billing.invoice_retried").target("stripe_invoice", invoiceId)
                .detail("attempt", invoice.attemptCount() + 1);
        try {
            String status = gateway.payInvoice(invoice.stripeAccountId(), invoiceId, "invoice-pay:" + invoiceId + ":" + invoice.attemptCount());
            audit.record(retried.detail("outcome", status));
            return new RetryResult(invoiceId, status);
        } catch (PaymentDeclinedException e) {
            audit.record(retried.detail("outcome", "declined").detail("reason", e.reason()));
            throw e;
        }
    }

    @Override
    public List<InvoiceView> list(Actor actor) {
        actor.require(Permission.BILLING_READ);
        ConnectedAccountService.requireConfigured(gateway);
        return invoices.list(actor.workspaceId()).stream().map(i -> new InvoiceView(i.stripeInvoiceId(), i.customerId(), i.subscriptionId(),
                i.status(), i.amountDue(), i.amountPaid(), i.currency(), i.attemptCount(), i.nextPaymentAttempt(), i.tax())).toList();
    }
}
