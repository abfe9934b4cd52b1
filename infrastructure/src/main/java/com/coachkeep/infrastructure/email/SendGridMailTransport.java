package com.coachkeep.infrastructure.email;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * SendGrid's v3 API ({@code POST /v3/mail/send}, 202 when accepted). SendGrid has no idempotency key: a retry
 * after a crash between its acceptance and the outbox commit sends a second copy, which carries the same
 * Message-ID (set as a header) and the outbox key in {@code custom_args}, so it can be recognised. When SendGrid
 * rate-limits without Retry-After, its {@code X-RateLimit-Reset} (epoch seconds) says when to come back.
 */
public final class SendGridMailTransport extends HttpMailTransport {
    /** The sub-processor this adapter sends every email to, as the public list names it (P-OWN-1). */
    public static final String SUB_PROCESSOR = "Twilio SendGrid";
    public SendGridMailTransport(MailSettings.Http settings) {
        super(settings);
    }

    @Override
    String name() {
        return "SendGrid";
    }

    @Override
    String keyVariable() {
        return "COACHKEEP_MAIL_SENDGRID_API_KEY";
    }

    @Override
    HttpRequest.Builder request(OutgoingMessage m) {
        JsonObjectBuilder to = Json.createObjectBuilder().add("email", m.to());
        if (m.toName() != null) {
            to.add("name", m.toName());
        }
        JsonObjectBuilder headers = Json.createObjectBuilder().add("Message-ID", m.messageId());
        m.headers().forEach(headers::add);
        String body = Json.createObjectBuilder()
                .add("personalizations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("to", Json.createArrayBuilder().add(to))))
                .add("from", Json.createObjectBuilder().add("email", m.fromAddress()).add("name", m.fromName()))
                .add("subject", m.subject())
                .add("content", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "text/plain").add("value", m.text()))
                        .add(Json.createObjectBuilder().add("type", "text/html").add("value", m.html())))
                .add("headers", headers)
                .add("custom_args", Json.createObjectBuilder().add("coachkeep_key", m.idempotencyKey()).add("template", m.template()))
                // no open or click tracking: no pixel, no rewritten links
                .add("tracking_settings", Json.createObjectBuilder()
                        .add("click_tracking", Json.createObjectBuilder().add("enable", false).add("enable_text", false))
                        .add("open_tracking", Json.createObjectBuilder().add("enable", false)))
                .build().toString();
        return HttpRequest.newBuilder(endpoint("/v3/mail/send")).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Override
    String reference(HttpResponse<String> response) {
        return response.headers().firstValue("X-Message-Id").orElse(null);
    }

    @Override
    Optional<Duration> retryAfter(HttpResponse<String> response) {
        Optional<Duration> standard = super.retryAfter(response);
        if (standard.isPresent()) {
            return standard;
        }
        return response.headers().firstValue("X-RateLimit-Reset").flatMap(v -> {
            try {
                Duration d = Duration.between(Instant.now(), Instant.ofEpochSecond(Long.parseLong(v.strip())));
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
