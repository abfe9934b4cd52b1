package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.application.port.in.WebhookSource;
import java.time.Instant;

/** Checks a webhook delivery's signature against the source's secret, within the configured tolerance. */
public interface WebhookVerifierPort {
    /** The envelope of a verified event. */
    record VerifiedEvent(String id, String type, String account, Instant created) {
    }

    /** The verified event; throws {@link com.coachkeep.billing.domain.WebhookRejectedException} when it is not authentic. */
    VerifiedEvent verify(WebhookSource source, String rawBody, String signatureHeader);
}
