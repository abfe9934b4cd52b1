package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.Refusal;

/** A webhook delivery that is not authentic: no or a wrong signature, or a timestamp outside the tolerance. */
public class WebhookRejectedException extends Refusal.Invalid {
    public static final String CODE = "webhook-signature-invalid";

    public WebhookRejectedException(String why) {
        super(CODE, "The webhook's signature does not verify: " + why);
    }
}
