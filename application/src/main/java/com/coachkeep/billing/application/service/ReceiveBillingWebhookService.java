package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.in.ReceiveBillingWebhookUseCase;
import com.coachkeep.billing.application.port.in.WebhookSource;
import com.coachkeep.billing.application.port.out.BillingInboxRepository;
import com.coachkeep.billing.application.port.out.PaymentGatewayPort;
import com.coachkeep.billing.application.port.out.WebhookVerifierPort;
import com.coachkeep.billing.domain.PaymentsNotConfiguredException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Verifies a delivery and stores it once by its event id; nothing else happens in the request, so Stripe gets its
 * answer at once and the inbox applies the event afterwards.
 */
@ApplicationScoped
@Transactional
public class ReceiveBillingWebhookService implements ReceiveBillingWebhookUseCase {
    private final WebhookVerifierPort verifier;
    private final BillingInboxRepository inbox;
    private final PaymentGatewayPort gateway;
    private final Clock clock;

    @Inject
    public ReceiveBillingWebhookService(WebhookVerifierPort verifier, BillingInboxRepository inbox, PaymentGatewayPort gateway, Clock clock) {
        this.verifier = verifier;
        this.inbox = inbox;
        this.gateway = gateway;
        this.clock = clock;
    }

    protected ReceiveBillingWebhookService() {
        this(null, null, null, null);
    }

    @Override
    public Receipt receive(WebhookSource source, String rawBody, String signatureHeader) {
        if (!gateway.configured()) {
            throw new PaymentsNotConfiguredException();
        }
        WebhookVerifierPort.VerifiedEvent event = verifier.verify(source, rawBody, signatureHeader);
        boolean stored = inbox.storeOnce(source, event, rawBody, clock.instant());
        return new Receipt(event.id(), !stored);
    }
}
