package com.coachkeep.infrastructure.stripe;

import com.coachkeep.billing.application.port.in.WebhookSource;
import com.coachkeep.billing.application.port.out.WebhookVerifierPort;
import com.coachkeep.billing.domain.PaymentsNotConfiguredException;
import com.coachkeep.billing.domain.WebhookRejectedException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Verifies a delivery with stripe-java ({@link Webhook#constructEvent(String, String, String, long)}: the signature over
 * the raw body with the source's secret, and the signed timestamp within the configured tolerance). A delivery whose
 * signature holds but whose body stripe-java cannot read as an event is still accepted, under an id derived from its
 * content, so that it is kept as an error and never lost.
 */
@ApplicationScoped
public class StripeWebhookVerifier implements WebhookVerifierPort {
    private StripeSettings settings;

    @Inject
    public StripeWebhookVerifier(Config config) {
        this(StripeSettings.from(config));
    }

    public StripeWebhookVerifier(StripeSettings settings) {
        this.settings = settings;
    }

    protected StripeWebhookVerifier() {
    }

    @Override
    public VerifiedEvent verify(WebhookSource source, String rawBody, String signatureHeader) {
        Optional<String> secret = source == WebhookSource.PLATFORM ? settings.platformWebhookSecret() : settings.connectWebhookSecret();
        if (secret.isEmpty()) {
            throw new PaymentsNotConfiguredException();
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookRejectedException("the Stripe-Signature header is missing");
        }
        long tolerance = settings.tolerance().toSeconds();
        try {
            var event = Webhook.constructEvent(rawBody, signatureHeader, secret.get(), tolerance);
            if (event.getId() == null || event.getType() == null || event.getCreated() == null) {
                return unreadable(rawBody);
            }
            return new VerifiedEvent(event.getId(), event.getType(), event.getAccount(), Instant.ofEpochSecond(event.getCreated()));
        } catch (SignatureVerificationException e) {
            throw new WebhookRejectedException(reason(e));
        } catch (RuntimeException e) {
            // the signature held (constructEvent checks it before it reads the body), the body is no event
            try {
                Webhook.Signature.verifyHeader(rawBody, signatureHeader, secret.get(), tolerance);
            } catch (SignatureVerificationException notAuthentic) {
                throw new WebhookRejectedException(reason(notAuthentic));
            }
            return unreadable(rawBody);
        }
    }

    private static String reason(SignatureVerificationException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("tolerance")) {
            return "its timestamp is outside the tolerance (stale or replayed)";
        }
        if (m.contains("Unable to extract") || m.contains("No signatures")) {
            return "the Stripe-Signature header is malformed";
        }
        return "no signature matches the body";
    }

    /** An authentic delivery stripe-java cannot read: an id of its own content, the time it came. */
    private static VerifiedEvent unreadable(String rawBody) {
        String id = null;
        String type = "(unreadable)";
        try {
            JsonElement e = JsonParser.parseString(rawBody);
            if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                id = o.has("id") && o.get("id").isJsonPrimitive() ? o.get("id").getAsString() : null;
                type = o.has("type") && o.get("type").isJsonPrimitive() ? o.get("type").getAsString() : type;
            }
        } catch (RuntimeException ignored) {
            // not JSON at all
        }
        if (id == null || id.isBlank() || id.length() > 200) {
            id = "unreadable_" + sha256(rawBody);
        }
        return new VerifiedEvent(id, type.length() > 120 ? type.substring(0, 120) : type, null, Instant.now());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
