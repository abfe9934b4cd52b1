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
import com.coachkeep.notification.application.port.out.OutboxRepository.Outcome;
import com.coachkeep.shared.domain.PersonId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Delivers queued emails, at least once, a batch per transaction: the batch is claimed at once, its optional emails'
 * recipients' preferences are read at once, the transport gets the whole batch (one SMTP connection), and the
 * outcomes are written at once. Claimed rows stay locked while they are sent and their outcome is written in the same
 * transaction, so a worker that dies mid-way leaves its rows pending for the next one; the only duplicates possible
 * are emails the transport accepted in the batch that death interrupted (at most a batch per worker), and they carry
 * the same Message-ID and provider idempotency key. Optional emails are checked against the recipient's preferences
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
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<PersonId, NotificationPreferences> choices = preferencesOf(claimed);
        List<Outcome> outcomes = new ArrayList<>(claimed.size());
        List<QueuedEmail> sending = new ArrayList<>(claimed.size());
        List<EmailDeliveryPort.Delivery> deliveries = new ArrayList<>(claimed.size());
        for (QueuedEmail queued : claimed) {
            MailPort.Email email = queued.email();
            EmailDeliveryPort.Unsubscribe unsubscribe = null;
            if (!email.essential()) {
                NotificationCategory category = email.template().category().orElseThrow();
                NotificationPreferences p = choices.get(email.to().personId());
                if (p == null || !p.allows(category)) {
                    // turned off, or the recipient deleted their account after the email was queued
                    outcomes.add(Outcome.suppressed(queued, clock.instant()));
                    continue;
                }
                unsubscribe = new EmailDeliveryPort.Unsubscribe(p.unsubscribeToken(), category);
            }
            sending.add(queued);
            deliveries.add(new EmailDeliveryPort.Delivery(email, unsubscribe));
        }
        List<DeliveryOutcome> results = deliverAll(deliveries);
        Instant now = clock.instant();
        for (int i = 0; i < sending.size(); i++) {
            outcomes.add(outcome(sending.get(i), results.get(i), now));
        }
        outbox.finish(outcomes);
        return claimed.size();
    }

    /** The batch's optional emails' recipients' preferences, stored on first use: one call for the whole batch. */
    private Map<PersonId, NotificationPreferences> preferencesOf(List<QueuedEmail> claimed) {
        Map<PersonId, NotificationPreferences> defaults = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (QueuedEmail queued : claimed) {
            if (!queued.email().essential()) {
                PersonId person = queued.email().to().personId();
                defaults.computeIfAbsent(person, p -> NotificationPreferences.defaults(p, now));
            }
        }
        return defaults.isEmpty() ? Map.of() : preferences.addIfAbsent(defaults.values());
    }

    /** The transport's outcomes, one per email; a transport that breaks its contract fails the batch softly. */
    private List<DeliveryOutcome> deliverAll(List<EmailDeliveryPort.Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        List<DeliveryOutcome> results;
        try {
            results = delivery.deliverAll(deliveries);
        } catch (RuntimeException e) {
            results = null;
            LOG.warning(() -> "outbox: a batch of " + deliveries.size() + " failed as a whole: " + e);
        }
        if (results == null || results.size() != deliveries.size()) {
            TemporaryFailure failure = new TemporaryFailure("unexpected: the transport answered no outcome for this email", null);
            List<DeliveryOutcome> known = results == null ? List.of() : results;
            List<DeliveryOutcome> all = new ArrayList<>(deliveries.size());
            for (int i = 0; i < deliveries.size(); i++) {
                all.add(i < known.size() && known.get(i) != null ? known.get(i) : failure);
            }
            return all;
        }
        return results;
    }

    private Outcome outcome(QueuedEmail queued, DeliveryOutcome outcome, Instant now) {
        int attempts = queued.attempts() + 1;
        if (outcome instanceof Accepted) {
            return Outcome.sent(queued, now);
        }
        if (outcome instanceof TemporaryFailure failure) {
            if (policy.exhausted(attempts)) {
                return dead(queued, attempts, now, failure.reason());
            }
            return Outcome.retry(queued, attempts, policy.nextAttempt(attempts, now, random.getAsDouble(), failure.retryAfter()),
                    failure.reason());
        }
        return dead(queued, attempts, now, ((PermanentFailure) outcome).reason());
    }

    private Outcome dead(QueuedEmail queued, int attempts, Instant now, String reason) {
        LOG.warning(() -> "outbox message " + queued.id() + " (" + queued.email().template().id() + ", workspace "
                + queued.email().workspaceId() + ") dead-lettered after " + attempts + " attempt(s): " + reason);
        return Outcome.dead(queued, attempts, now, reason);
    }

    @Override
    @Transactional
    public int purgeDelivered(Duration keptFor) {
        return outbox.purgeDone(clock.instant().minus(keptFor));
    }
}
