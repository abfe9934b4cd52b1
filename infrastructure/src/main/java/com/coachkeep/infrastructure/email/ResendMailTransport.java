package com.coachkeep.infrastructure.email;

import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Resend's HTTP API ({@code POST /emails}). Every request carries the outbox idempotency key in
 * {@code Idempotency-Key}: Resend answers a repeat within 24 hours with the first result instead of sending again,
 * so a retry after a crash between Resend's acceptance and the outbox commit is not a second email. A 409 for a
 * key still in flight is temporary; a 409 for a key already used with another body means the email was sent
 * (our body changes only if a template changed in between), so it counts as accepted.
 */
public final class ResendMailTransport extends HttpMailTransport {
    /** The sub-processor this adapter sends every email to, as the public list names it (P-OWN-1). */
    public static final String SUB_PROCESSOR = "Resend";
    private static final Logger LOG = Logger.getLogger(ResendMailTransport.class.getName());

    public ResendMailTransport(MailSettings.Http settings) {
        super(settings);
    }

    @Override
    String name() {
        return "Resend";
    }

    @Override
    String keyVariable() {
        return "COACHKEEP_MAIL_RESEND_API_KEY";
    }

    @Override
    HttpRequest.Builder request(OutgoingMessage m) {
        JsonObjectBuilder headers = Json.createObjectBuilder().add("Message-ID", m.messageId());
        m.headers().forEach(headers::add);
        String to = m.toName() == null ? m.to() : quoted(m.toName()) + " <" + m.to() + ">";
        String body = Json.createObjectBuilder()
                .add("from", quoted(m.fromName()) + " <" + m.fromAddress() + ">")
                .add("to", Json.createArrayBuilder().add(to))
                .add("subject", m.subject())
                .add("html", m.html())
                .add("text", m.text())
                .add("headers", headers)
                .add("tags", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "template")
                        .add("value", m.template().replaceAll("[^A-Za-z0-9_-]", "_"))))
                .build().toString();
        return HttpRequest.newBuilder(endpoint("/emails"))
                .header("Idempotency-Key", m.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Override
    String reference(HttpResponse<String> response) {
        return json(response.body()).getString("id", null);
    }

    @Override
    Optional<DeliveryOutcome> special(HttpResponse<String> response) {
        if (response.statusCode() != 409) {
            return Optional.empty();
        }
        String name = json(response.body()).getString("name", "");
        if (name.equals("invalid_idempotent_request")) {
            LOG.warning(() -> "Resend: idempotency key reused with another body; the first email was sent: " + abbreviate(response.body()));
            return Optional.of(new Accepted(null));
        }
        return Optional.of(new TemporaryFailure("Resend 409: " + abbreviate(response.body()), retryAfter(response).orElse(null)));
    }

    static String quoted(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
