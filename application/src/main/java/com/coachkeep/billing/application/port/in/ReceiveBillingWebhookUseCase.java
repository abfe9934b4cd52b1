package com.coachkeep.billing.application.port.in;

/**
 * Takes a webhook delivery: verifies its signature over the raw body, stores the event once by its id and answers at
 * once; the inbox applies it later ({@link ApplyBillingEventsUseCase}). No actor: Stripe is the caller, authenticated by
 * the signature.
 */
public interface ReceiveBillingWebhookUseCase {
    /** Whether the event was new (stored) or a repeated delivery (already stored, nothing changes). */
    record Receipt(String eventId, boolean duplicate) {
    }

    Receipt receive(WebhookSource source, String rawBody, String signatureHeader);
}
