package com.coachkeep.infrastructure.email;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.notification.application.port.out.EmailDeliveryPort;
import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.notification.domain.DeliveryOutcome.PermanentFailure;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import com.coachkeep.shared.domain.NotificationCategory;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resend and SendGrid against an HTTP stub of their APIs, including rate limits and outages. */
class ProviderMailTransportTest {
    static WireMockServer api;
    private MailSettings settings;
    private MessageComposer composer;

    @BeforeAll
    static void start() {
        api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    @BeforeEach
    void reset() {
        api.resetAll();
        settings = SampleEmails.settings(Path.of("unused"), 1, api.baseUrl());
        composer = new MessageComposer(settings, new EmailRenderer());
    }

    private DeliveryOutcome resend(String key) {
        return new ResendMailTransport(settings.resend()).send(composer.compose(SampleEmails.staffInvitation(key), null));
    }

    private DeliveryOutcome sendGrid(String key) {
        return new SendGridMailTransport(settings.sendGrid()).send(composer.compose(SampleEmails.staffInvitation(key), null));
    }

    @Test
    void resendGetsTheMessageWithItsIdempotencyKeyAndMessageId() {
        api.stubFor(post("/emails").willReturn(aResponse().withStatus(200).withBody("{\"id\":\"re_49a3999c\"}")));

        DeliveryOutcome outcome = resend("invitation:7:0011223344556677");

        assertEquals(new Accepted("re_49a3999c"), outcome);
        api.verify(postRequestedFor(urlEqualTo("/emails"))
                .withHeader("Authorization", equalTo("Bearer re_test_key"))
                .withHeader("Idempotency-Key", equalTo("invitation:7:0011223344556677"))
                .withRequestBody(matchingJsonPath("$.to[0]", equalTo("carl@example.com")))
                .withRequestBody(matchingJsonPath("$.from", equalTo("\"Summit Strength & Nutrition via Coachkeep\" <no-reply@mail.coachkeep.test>")))
                .withRequestBody(matchingJsonPath("$.subject", equalTo("You're invited to Summit Strength & Nutrition")))
                .withRequestBody(matchingJsonPath("$.headers['Message-ID']", equalTo(composer.messageId("invitation:7:0011223344556677"))))
                .withRequestBody(matchingJsonPath("$.text"))
                .withRequestBody(matchingJsonPath("$.html")));
    }

    @Test
    void resendRateLimitIsTemporaryAndHonoursRetryAfter() {
        api.stubFor(post("/emails").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                .withBody("{\"name\":\"rate_limit_exceeded\",\"message\":\"Too many requests\"}")));

        DeliveryOutcome outcome = resend("k");

        TemporaryFailure failure = assertInstanceOf(TemporaryFailure.class, outcome);
        assertEquals(Duration.ofSeconds(30), failure.retryAfter());
        assertTrue(failure.reason().contains("429"));
    }

    @Test
    void resendOutagesAndKeyProblemsAreTemporaryButARejectedMessageIsPermanent() {
        api.stubFor(post("/emails").willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));
        assertInstanceOf(TemporaryFailure.class, resend("k"));
        api.stubFor(post("/emails").willReturn(aResponse().withStatus(500).withBody("{\"name\":\"internal_server_error\"}")));
        assertInstanceOf(TemporaryFailure.class, resend("k"));
        api.stubFor(post("/emails").willReturn(aResponse().withStatus(401).withBody("{\"name\":\"missing_api_key\"}")));
        assertInstanceOf(TemporaryFailure.class, resend("k"));
        api.stubFor(post("/emails").willReturn(aResponse().withStatus(422).withBody("{\"name\":\"validation_error\",\"message\":\"Invalid `to` field\"}")));
        PermanentFailure rejected = assertInstanceOf(PermanentFailure.class, resend("k"));
        assertTrue(rejected.reason().contains("validation_error"));
    }

    @Test
    void resendIdempotencyConflicts() {
        api.stubFor(post("/emails").willReturn(aResponse().withStatus(409)
                .withBody("{\"name\":\"concurrent_idempotent_requests\",\"message\":\"in progress\"}")));
        assertInstanceOf(TemporaryFailure.class, resend("k"));
        api.stubFor(post("/emails").willReturn(aResponse().withStatus(409)
                .withBody("{\"name\":\"invalid_idempotent_request\",\"message\":\"different payload\"}")));
        assertInstanceOf(Accepted.class, resend("k"), "the key was used: the email went out with the first request");
    }

    @Test
    void anUnreachableProviderIsTemporary() {
        MailSettings.Http nowhere = new MailSettings.Http("http://127.0.0.1:1", "re_test_key", Duration.ofSeconds(2));
        assertInstanceOf(TemporaryFailure.class,
                new ResendMailTransport(nowhere).send(composer.compose(SampleEmails.staffInvitation("k"), null)));
    }

    @Test
    void sendGridGetsBothBodiesNoTrackingAndTheOutboxKey() {
        api.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-abc123")));

        DeliveryOutcome outcome = sendGrid("invitation:7:0011223344556677");

        assertEquals(new Accepted("sg-abc123"), outcome);
        api.verify(postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withHeader("Authorization", equalTo("Bearer SG.test_key"))
                .withRequestBody(matchingJsonPath("$.personalizations[0].to[0].email", equalTo("carl@example.com")))
                .withRequestBody(matchingJsonPath("$.content[0].type", equalTo("text/plain")))
                .withRequestBody(matchingJsonPath("$.content[1].type", equalTo("text/html")))
                .withRequestBody(matchingJsonPath("$.headers['Message-ID']", equalTo(composer.messageId("invitation:7:0011223344556677"))))
                .withRequestBody(matchingJsonPath("$.custom_args.coachkeep_key", equalTo("invitation:7:0011223344556677")))
                .withRequestBody(equalToJson("{\"tracking_settings\":{\"open_tracking\":{\"enable\":false}}}", true, true)));
    }

    @Test
    void sendGridRateLimitWithoutRetryAfterUsesItsResetTime() {
        long reset = Instant.now().plusSeconds(120).getEpochSecond();
        api.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", String.valueOf(reset))
                .withBody("{\"errors\":[{\"message\":\"too many requests\"}]}")));

        TemporaryFailure failure = assertInstanceOf(TemporaryFailure.class, sendGrid("k"));

        assertTrue(failure.retryAfter().toSeconds() > 100 && failure.retryAfter().toSeconds() <= 120, failure.retryAfter().toString());
    }

    @Test
    void sendGridOutageIsTemporaryAndABadRequestPermanent() {
        api.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(503)));
        TemporaryFailure outage = assertInstanceOf(TemporaryFailure.class, sendGrid("k"));
        assertNull(outage.retryAfter());
        api.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(400)
                .withBody("{\"errors\":[{\"message\":\"Does not contain a valid address.\",\"field\":\"personalizations.0.to.0.email\"}]}")));
        assertInstanceOf(PermanentFailure.class, sendGrid("k"));
    }

    @Test
    void anOptionalEmailSendsItsUnsubscribeHeadersToTheProvider() {
        api.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202)));

        new SendGridMailTransport(settings.sendGrid()).send(composer.compose(SampleEmails.subProcessorChange(),
                new EmailDeliveryPort.Unsubscribe("tok", NotificationCategory.SUB_PROCESSOR_CHANGES)));

        api.verify(postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withRequestBody(matchingJsonPath("$.headers['List-Unsubscribe-Post']", equalTo("List-Unsubscribe=One-Click")))
                .withRequestBody(matchingJsonPath("$.headers['List-Unsubscribe']",
                        equalTo("<https://api.coachkeep.test/email/unsubscribe?token=tok&category=sub-processor-changes>"))));
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        assertEquals(Duration.ofSeconds(5), HttpMailTransport.parseRetryAfter("5").orElseThrow());
        assertEquals(Duration.ZERO, HttpMailTransport.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT").orElseThrow());
        assertTrue(HttpMailTransport.parseRetryAfter("soon").isEmpty());
    }
}
