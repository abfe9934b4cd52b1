package com.coachkeep.notification.application.service;

import com.coachkeep.notification.application.port.in.DeliverQueuedEmailsUseCase;
import com.coachkeep.notification.application.port.out.EmailDeliveryPort;
import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.notification.domain.DeliveryOutcome.PermanentFailure;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import com.coachkeep.notification.application.port.out.NotificationPreferenceRepository;
import com.coachkeep.notification.application.port.out.OutboxRepository;
import com.coachkeep.notification.application.port.out.OutboxRepository.QueuedEmail;
import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.notification.domain.NotificationPreferences;
import com.coachkeep.notification.domain.RetryPolicy;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.logging.Logger;

/**
 * Delivers queued emails, at least once. Claimed rows stay locked while they are sent and their outcome is
 * written in the same transaction, so a worker that dies mid-way leaves its rows pending for the next one; the
 * only duplicate possible is an email the transport accepted just before that death, and it carries the same
 * Message-ID and provider idempotency key. Optional emails are checked against the recipient's preferences
 * at the moment of sending, so a change made after queuing still counts.
 */
@ApplicationScoped
public class DeliverQueuedEmailsService implements DeliverQueuedEmailsUseCase {
    private static final Logger LOG = Logger.getLogger(DeliverQueuedEmailsService.class.getName());

    private final OutboxRepository outbox;
    private final NotificationPreferenceRepository preferences;
    private final EmailDeliveryPort delivery;
    private final RetryPolicy policy;
    private final Clock clock;
    private final DoubleSupplier random;

    @Inject
    public DeliverQueuedEmailsService(OutboxRepository outbox, NotificationPreferenceRepository preferences, EmailDeliveryPort delivery,
            RetryPolicy policy, Clock clock) {
        this(outbox, preferences, delivery, policy, clock, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With a chosen source of jitter, for tests. */
    public DeliverQueuedEmailsService(OutboxRepository outbox, NotificationPreferenceRepository preferences, EmailDeliveryPort delivery,
            RetryPolicy policy, Clock clock, DoubleSupplier random) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.delivery = delivery;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    protected DeliverQueuedEmailsService() {
        this(null, null, null, null, null, null);
    }

    @Override
    @Transactional
    public int deliverDue(int limit) {
        List<QueuedEmail> claimed = outbox.claimDue(limit, clock.instant());
        for (QueuedEmail queued : claimed) {
            deliver(queued);
        }
        return claimed.size();
    }

    @Override
    @Transactional
    public int purgeDelivered(Duration keptFor) {
        return outbox.purgeDone(clock.instant().minus(keptFor));
    }

    private void deliver(QueuedEmail queued) {
        MailPort.Email email = queued.email();
        EmailDeliveryPort.Unsubscribe unsubscribe = null;
        if (!email.essential()) {
            NotificationCategory category = email.template().category().orElseThrow();
            NotificationPreferences p;
            try {
                p = preferences.addIfAbsent(NotificationPreferences.defaults(email.to().personId(), clock.instant()));
            } catch (NotFoundException gone) {
                // the recipient deleted their account after the email was queued
                outbox.markSuppressed(queued, clock.instant());
                return;
            }
            if (!p.allows(category)) {
                outbox.markSuppressed(queued, clock.instant());
                return;
            }
            unsubscribe = new EmailDeliveryPort.Unsubscribe(p.unsubscribeToken(), category);
        }
        DeliveryOutcome outcome;
        try {
            outcome = delivery.deliver(email, unsubscribe);
        } catch (RuntimeException e) {
            outcome = new TemporaryFailure("unexpected: " + e, null);
        }
        int attempts = queued.attempts() + 1;
        Instant now = clock.instant();
        if (outcome instanceof Accepted) {
            outbox.markSent(queued, now);
        } else if (outcome instanceof TemporaryFailure failure) {
            if (policy.exhausted(attempts)) {
                dead(queued, attempts, now, failure.reason());
            } else {
                outbox.retryLater(queued, attempts, policy.nextAttempt(attempts, now, random.getAsDouble(), failure.retryAfter()),
                        failure.reason());
            }
        } else {
            dead(queued, attempts, now, ((PermanentFailure) outcome).reason());
        }
    }

    private void dead(QueuedEmail queued, int attempts, Instant now, String reason) {
        outbox.markDead(queued, attempts, now, reason);
        LOG.warning(() -> "outbox message " + queued.id() + " (" + queued.email().template().id() + ", workspace "
                + queued.email().workspaceId() + ") dead-lettered after " + attempts + " attempt(s): " + reason);
    }
}
