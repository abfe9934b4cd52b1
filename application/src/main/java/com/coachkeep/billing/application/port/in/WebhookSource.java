package com.coachkeep.billing.application.port.in;

import java.util.Locale;

/** Which Stripe webhook endpoint an event came to: the platform's own account, or the connected accounts (Connect). */
public enum WebhookSource {
    PLATFORM, CONNECT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
