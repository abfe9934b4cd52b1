package com.coachkeep.infrastructure.email;

import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.notification.domain.DeliveryOutcome.PermanentFailure;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What the provider APIs share: a JSON POST over java.net.http with a bearer key and a timeout, and the reading
 * of the answer. 2xx is accepted; 429 and 5xx are temporary (honouring Retry-After); 401 and 403 are temporary
 * too, because a wrong or revoked key is fixed by an operator and the messages should then still go; any other
 * 4xx rejects the message itself and is permanent. A network error or timeout is temporary.
 */
abstract class HttpMailTransport implements MailTransport {
    private final HttpClient client;
    protected final MailSettings.Http settings;

    HttpMailTransport(MailSettings.Http settings) {
        if (settings.apiKey() == null) {
            throw new IllegalStateException(name() + " needs an API key (" + keyVariable() + ")");
        }
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    abstract String name();

    abstract String keyVariable();

    abstract HttpRequest.Builder request(OutgoingMessage message);

    /** Reads the provider's id out of a 2xx answer. */
    abstract String reference(HttpResponse<String> response);

    /** A non-2xx answer the provider gives a meaning of its own; empty for the common rules. */
    Optional<DeliveryOutcome> special(HttpResponse<String> response) {
        return Optional.empty();
    }

    @Override
    public DeliveryOutcome send(OutgoingMessage message) {
        HttpRequest request = request(message).timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Coachkeep")
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new TemporaryFailure(name() + " unreachable: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TemporaryFailure(name() + " call interrupted", null);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Accepted(reference(response));
        }
        Optional<DeliveryOutcome> special = special(response);
        if (special.isPresent()) {
            return special.get();
        }
        String reason = name() + " " + status + ": " + abbreviate(response.body());
        if (status == 429 || status >= 500 || status == 401 || status == 403 || status == 408) {
            return new TemporaryFailure(reason, retryAfter(response).orElse(null));
        }
        return new PermanentFailure(reason);
    }

    /** Retry-After in seconds or as an HTTP date. */
    Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(HttpMailTransport::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    URI endpoint(String path) {
        return URI.create(settings.url() + path);
    }

    static JsonObject json(String body) {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().build();
        }
    }

    static String abbreviate(String body) {
        String b = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return b.length() > 300 ? b.substring(0, 300) + "…" : b;
    }
}
