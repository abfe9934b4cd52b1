package com.coachkeep.testing.fakes;

import com.coachkeep.notification.application.port.out.EmailDeliveryPort;
import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import com.coachkeep.shared.application.MailPort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A mail transport that accepts everything, unless a test scripted other outcomes first (a provider outage,
 * a refused address, an exception). Records every attempt.
 */
public final class FakeEmailDelivery implements EmailDeliveryPort {
    /** One delivery attempt. */
    public record Attempt(MailPort.Email email, Unsubscribe unsubscribe, DeliveryOutcome outcome) {
    }

    private final Deque<Object> script = new ArrayDeque<>();
    private final List<Attempt> attempts = new ArrayList<>();

    /** The next deliveries answer these outcomes (or throw these exceptions), in order; then all are accepted. */
    public FakeEmailDelivery thenAnswer(Object... outcomesOrExceptions) {
        script.addAll(List.of(outcomesOrExceptions));
        return this;
    }

    @Override
    public DeliveryOutcome deliver(MailPort.Email email, Unsubscribe unsubscribe) {
        Object next = script.isEmpty() ? new Accepted("fake-" + (attempts.size() + 1)) : script.poll();
        if (next instanceof RuntimeException e) {
            attempts.add(new Attempt(email, unsubscribe, null));
            throw e;
        }
        DeliveryOutcome outcome = (DeliveryOutcome) next;
        attempts.add(new Attempt(email, unsubscribe, outcome));
        return outcome;
    }

    /** Each batch handed over, by size, in order. */
    public final List<Integer> batches = new ArrayList<>();

    /** When set, the next batch fails as a whole with this (a transport breaking its contract), then it is cleared. */
    public RuntimeException failNextBatch;

    @Override
    public List<DeliveryOutcome> deliverAll(List<Delivery> batch) {
        batches.add(batch.size());
        if (failNextBatch != null) {
            RuntimeException e = failNextBatch;
            failNextBatch = null;
            throw e;
        }
        return EmailDeliveryPort.super.deliverAll(batch);
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The emails the transport accepted. */
    public List<MailPort.Email> delivered() {
        return attempts.stream().filter(a -> a.outcome() instanceof Accepted).map(Attempt::email).toList();
    }
}
