package com.coachkeep.notification.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.notification.application.port.in.OutboxStatus;
import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import com.coachkeep.notification.domain.DeliveryOutcome.PermanentFailure;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.notification.domain.RetryPolicy;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.testing.fakes.FakeOutbox;
import com.coachkeep.workspace.application.port.in.InviteStaffCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox worker's logic: claim, deliver, record; retry with backoff; dead letters; preferences at send time. */
class EmailDeliveryServiceTest {
    private final TestApplication app = TestApplication.create();
    private Actor owner;

    @BeforeEach
    void workspaceWithOwner() {
        owner = app.ownerOfNewWorkspace("Anna", "Iron Temple");
    }

    private FakeOutbox.Row inviteCarl() {
        app.staff.invite(owner, InviteStaffCommand.of("carl@example.com", "coach"));
        return app.mail.rows().get(app.mail.rows().size() - 1);
    }

    private MailPort.Email subProcessorNotice(PersonId to, String change) {
        return new MailPort.Email(EmailTemplate.SUB_PROCESSOR_CHANGE,
                new MailPort.Recipient(new EmailAddress("anna@example.com"), "Anna", to), null, Locale.ENGLISH,
                MailPort.Branding.platform(), Map.of("changes", List.of(Map.of("name", "Postmark", "purpose", "email"))),
                "sub-processor-change:" + change + ":" + to);
    }

    @Test
    void aQueuedEmailIsDeliveredOnceAndRecordedAsSent() {
        FakeOutbox.Row row = inviteCarl();

        assertEquals(1, app.emailDelivery.deliverDue(10));
        assertEquals(0, app.emailDelivery.deliverDue(10));

        assertEquals(1, app.delivery.delivered().size());
        assertEquals(new EmailAddress("carl@example.com"), app.delivery.delivered().get(0).to().address());
        assertNull(app.delivery.attempts().get(0).unsubscribe(), "essential emails carry no unsubscribe link");
        assertEquals("SENT", row.status);
        assertEquals(TestApplication.START, row.doneAt);
    }

    @Test
    void nothingIsDeliveredBeforeItIsQueued() {
        assertEquals(0, app.emailDelivery.deliverDue(10));
        assertTrue(app.delivery.attempts().isEmpty());
    }

    @Test
    void aTemporaryFailureIsRetriedAfterAJitteredBackoff() {
        app.delivery.thenAnswer(new TemporaryFailure("421 try later", null), new TemporaryFailure("connection refused", null));
        FakeOutbox.Row row = inviteCarl();

        app.emailDelivery.deliverDue(10);
        assertEquals("PENDING", row.status);
        assertEquals(1, row.attempts);
        assertEquals("421 try later", row.lastError);
        // first delay 10 s, equal jitter at the middle of its range: 7.5 s
        assertEquals(TestApplication.START.plusMillis(7_500), row.nextAttemptAt);
        assertEquals(0, app.emailDelivery.deliverDue(10), "not due yet");

        app.clock.advance(Duration.ofMillis(7_500));
        app.emailDelivery.deliverDue(10);
        assertEquals(2, row.attempts);
        assertEquals(app.clock.instant().plusSeconds(15), row.nextAttemptAt, "the nominal delay doubled to 20 s");

        app.clock.advance(Duration.ofSeconds(15));
        app.emailDelivery.deliverDue(10);
        assertEquals("SENT", row.status);
        assertEquals(3, app.delivery.attempts().size());
        assertEquals(1, app.delivery.delivered().size());
    }

    @Test
    void aProvidersRetryAfterIsHonoured() {
        app.delivery.thenAnswer(new TemporaryFailure("429 rate limited", Duration.ofMinutes(2)));
        FakeOutbox.Row row = inviteCarl();

        app.emailDelivery.deliverDue(10);

        assertEquals(TestApplication.START.plus(Duration.ofMinutes(2)), row.nextAttemptAt);
    }

    @Test
    void afterTheLastAttemptTheEmailIsDeadLetteredAndCounted() {
        Object[] failures = new Object[RetryPolicy.STANDARD.maxAttempts()];
        java.util.Arrays.fill(failures, new TemporaryFailure("503 unavailable", null));
        app.delivery.thenAnswer(failures);
        FakeOutbox.Row row = inviteCarl();

        for (int i = 0; i < RetryPolicy.STANDARD.maxAttempts(); i++) {
            assertEquals(1, app.emailDelivery.deliverDue(10), "attempt " + (i + 1));
            app.clock.advance(Duration.ofHours(2));
        }

        assertEquals("DEAD", row.status);
        assertEquals(RetryPolicy.STANDARD.maxAttempts(), row.attempts);
        assertEquals(0, app.emailDelivery.deliverDue(10));
        OutboxStatus status = app.outboxStatus.status();
        assertEquals(1, status.dead());
        assertEquals(0, status.pending());
    }

    @Test
    void aPermanentFailureIsDeadLetteredAtOnce() {
        app.delivery.thenAnswer(new PermanentFailure("550 no such mailbox"));
        FakeOutbox.Row row = inviteCarl();

        app.emailDelivery.deliverDue(10);

        assertEquals("DEAD", row.status);
        assertEquals(1, row.attempts);
        assertEquals("550 no such mailbox", row.lastError);
    }

    @Test
    void anUnexpectedErrorOfTheTransportIsRetriedLikeATemporaryFailure() {
        app.delivery.thenAnswer(new IllegalStateException("boom"));
        FakeOutbox.Row row = inviteCarl();

        app.emailDelivery.deliverDue(10);

        assertEquals("PENDING", row.status);
        assertEquals(1, row.attempts);
        assertTrue(row.lastError.contains("boom"));
    }

    @Test
    void oneFailingEmailDoesNotHoldBackTheOthers() {
        app.delivery.thenAnswer(new TemporaryFailure("timeout", null));
        FakeOutbox.Row first = inviteCarl();
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));

        assertEquals(2, app.emailDelivery.deliverDue(10));

        assertEquals("PENDING", first.status);
        assertEquals(List.of(new EmailAddress("ada@example.com")),
                app.delivery.delivered().stream().map(e -> e.to().address()).toList());
    }

    @Test
    void theBatchSizeLimitsWhatOneTransactionClaims() {
        inviteCarl();
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));

        assertEquals(1, app.emailDelivery.deliverDue(1));
        assertEquals(1, app.emailDelivery.deliverDue(1));
        assertEquals(0, app.emailDelivery.deliverDue(1));
    }

    @Test
    void aBatchGoesToTheTransportAtOnceAndItsOutcomesAreWrittenAtOnce() {
        app.delivery.thenAnswer(new Accepted("1"), new TemporaryFailure("421 busy", null), new PermanentFailure("550 no such user"));
        FakeOutbox.Row carl = inviteCarl();
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));
        app.staff.invite(owner, InviteStaffCommand.of("bob@example.com", "coach"));
        List<FakeOutbox.Row> rows = app.mail.rows().subList(app.mail.rows().size() - 3, app.mail.rows().size());
        int finishedBefore = app.mail.finishCalls;

        assertEquals(3, app.emailDelivery.deliverDue(10));

        assertEquals(List.of(3), app.delivery.batches, "one batch, in one call");
        assertEquals(finishedBefore + 1, app.mail.finishCalls, "every outcome recorded in one call");
        assertEquals(carl, rows.get(0));
        assertEquals(List.of("SENT", "PENDING", "DEAD"), rows.stream().map(r -> r.status).toList());
        assertEquals(List.of(1, 1, 1), rows.stream().map(r -> r.attempts).toList());
        assertEquals("421 busy", rows.get(1).lastError);
    }

    @Test
    void theOptionalEmailsOfABatchReadTheirRecipientsPreferencesInOneCall() {
        Caller anna = app.signIn("Anna");
        Caller bea = app.signIn("Bea");
        Caller cem = app.signIn("Cem");
        app.notificationPreferences.update(bea, com.coachkeep.notification.application.port.in.UpdateNotificationPreferencesCommand
                .of(Map.of("subProcessorChanges", false), null));
        app.mail.enqueue(subProcessorNotice(anna.personId(), "2026-04"));
        app.mail.enqueue(subProcessorNotice(bea.personId(), "2026-04"));
        app.mail.enqueue(subProcessorNotice(anna.personId(), "2026-05"));
        app.mail.enqueue(subProcessorNotice(cem.personId(), "2026-04"));
        app.preferences.deletePerson(cem.personId());
        inviteCarl();
        int loadsBefore = app.preferences.batchLoads;

        assertEquals(5, app.emailDelivery.deliverDue(10));

        assertEquals(loadsBefore + 1, app.preferences.batchLoads, "one load for the whole batch");
        assertEquals(List.of(3), app.delivery.batches, "Anna's two emails and Carl's invitation; Bea's and Cem's suppressed");
        assertEquals(List.of("SENT", "SUPPRESSED", "SENT", "SUPPRESSED", "SENT"),
                app.mail.rows().subList(app.mail.rows().size() - 5, app.mail.rows().size()).stream().map(r -> r.status).toList());
        String annasToken = app.preferences.find(anna.personId()).orElseThrow().unsubscribeToken();
        assertEquals(List.of(annasToken, annasToken), app.delivery.attempts().stream().filter(a -> a.unsubscribe() != null)
                .map(a -> a.unsubscribe().token()).toList());
    }

    @Test
    void aBatchOfEssentialEmailsReadsNoPreferences() {
        inviteCarl();
        int loadsBefore = app.preferences.batchLoads;

        app.emailDelivery.deliverDue(10);

        assertEquals(loadsBefore, app.preferences.batchLoads);
    }

    @Test
    void aTransportThatFailsAWholeBatchLeavesEveryEmailOfItForARetry() {
        app.delivery.failNextBatch = new IllegalStateException("connection pool closed");
        FakeOutbox.Row carl = inviteCarl();
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));
        FakeOutbox.Row ada = app.mail.rows().get(app.mail.rows().size() - 1);

        assertEquals(2, app.emailDelivery.deliverDue(10));

        for (FakeOutbox.Row row : List.of(carl, ada)) {
            assertEquals("PENDING", row.status);
            assertEquals(1, row.attempts);
            assertTrue(row.nextAttemptAt.isAfter(TestApplication.START));
        }
        app.clock.advance(Duration.ofSeconds(10));
        assertEquals(2, app.emailDelivery.deliverDue(10));
        assertEquals(List.of("SENT", "SENT"), List.of(carl.status, ada.status));
    }

    @Test
    void anOptionalEmailCarriesTheRecipientsOneClickUnsubscribe() {
        Caller anna = app.signIn("Anna");
        app.mail.enqueue(subProcessorNotice(anna.personId(), "2026-04"));

        app.emailDelivery.deliverDue(10);

        var attempt = app.delivery.attempts().get(0);
        assertEquals(NotificationCategory.SUB_PROCESSOR_CHANGES, attempt.unsubscribe().category());
        assertEquals(app.preferences.find(anna.personId()).orElseThrow().unsubscribeToken(), attempt.unsubscribe().token());
    }

    @Test
    void anOptionalEmailIsNotSentToSomeoneWhoTurnedItOffEvenAfterItWasQueued() {
        Caller anna = app.signIn("Anna");
        app.mail.enqueue(subProcessorNotice(anna.personId(), "2026-04"));
        app.notificationPreferences.update(anna, com.coachkeep.notification.application.port.in.UpdateNotificationPreferencesCommand
                .of(Map.of("subProcessorChanges", false), null));

        app.emailDelivery.deliverDue(10);

        assertTrue(app.delivery.attempts().isEmpty());
        assertEquals("SUPPRESSED", app.mail.rows().get(app.mail.rows().size() - 1).status);
    }

    @Test
    void anOptionalEmailToSomeoneWhoHasSinceLeftIsNotSent() {
        Caller anna = app.signIn("Anna");
        app.mail.enqueue(subProcessorNotice(anna.personId(), "2026-04"));
        app.preferences.deletePerson(anna.personId());

        app.emailDelivery.deliverDue(10);

        assertTrue(app.delivery.attempts().isEmpty());
        assertEquals("SUPPRESSED", app.mail.rows().get(app.mail.rows().size() - 1).status);
    }

    @Test
    void anEssentialEmailIgnoresPreferences() {
        Caller carl = app.signIn("Carl");
        app.notificationPreferences.update(carl, com.coachkeep.notification.application.port.in.UpdateNotificationPreferencesCommand
                .of(Map.of("subProcessorChanges", false), null));
        inviteCarl();

        app.emailDelivery.deliverDue(10);

        assertEquals(1, app.delivery.delivered().size());
    }

    @Test
    void anOptionalEmailMustGoToAPersonAndTheModelHoldsOnlyPlainValues() {
        assertThrows(IllegalArgumentException.class, () -> new MailPort.Email(EmailTemplate.SUB_PROCESSOR_CHANGE,
                MailPort.Recipient.of(new EmailAddress("x@example.com")), null, Locale.ENGLISH, MailPort.Branding.platform(),
                Map.of(), "k"));
        assertThrows(IllegalArgumentException.class, () -> new MailPort.Email(EmailTemplate.EXPORT_READY,
                MailPort.Recipient.of(new EmailAddress("x@example.com")), null, Locale.ENGLISH, MailPort.Branding.platform(),
                Map.of("when", Instant.EPOCH), "k"));
    }

    @Test
    void queuingTheSameEmailTwiceKeepsOneMessage() {
        Caller anna = app.signIn("Anna");
        app.mail.enqueue(subProcessorNotice(anna.personId(), "2026-04"));
        app.mail.enqueue(subProcessorNotice(anna.personId(), "2026-04"));

        assertEquals(1, app.emailDelivery.deliverDue(10));
        assertEquals(1, app.delivery.delivered().size());
    }

    @Test
    void deliveredEmailsAreForgottenAfterTheRetentionButDeadLettersStay() {
        app.delivery.thenAnswer(new PermanentFailure("550"));
        inviteCarl();
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));
        app.emailDelivery.deliverDue(10);
        app.clock.advance(Duration.ofDays(8));

        assertEquals(1, app.emailDelivery.purgeDelivered(Duration.ofDays(7)));

        assertEquals(List.of("DEAD"), app.mail.rows().stream().map(r -> r.status).toList());
    }

    @Test
    void theStatusCountsWaitingAndRetryingEmails() {
        app.delivery.thenAnswer(new TemporaryFailure("timeout", null));
        inviteCarl();
        app.emailDelivery.deliverDue(10);
        app.staff.invite(owner, InviteStaffCommand.of("ada@example.com", "assistant"));
        app.clock.advance(Duration.ofSeconds(30));

        OutboxStatus status = app.outboxStatus.status();

        assertEquals(2, status.pending());
        assertEquals(1, status.retrying());
        assertEquals(0, status.dead());
        assertEquals(Duration.ofSeconds(30), status.oldestPendingAge());
        assertTrue(app.delivery.attempts().get(0).outcome() instanceof TemporaryFailure);
        assertTrue(new Accepted("x").reference().equals("x"));
    }
}
