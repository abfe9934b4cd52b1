package com.coachkeep.testing.fakes;

import com.coachkeep.notification.application.port.in.OutboxStatus;
import com.coachkeep.notification.application.port.out.OutboxRepository;
import com.coachkeep.notification.application.port.out.OutboxRepository.QueuedEmail;
import com.coachkeep.notification.domain.OutboxMessageId;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The outbox in memory: what use cases queue through {@link MailPort} (one message per workspace and
 * idempotency key, like the real table), and what the delivery service claims and marks. It does not lock:
 * tests run on one thread.
 */
public final class FakeOutbox implements MailPort, OutboxRepository {
    /** One row of the outbox. */
    public static final class Row {
        public final OutboxMessageId id = OutboxMessageId.newId();
        public final Email email;
        public String status = "PENDING";
        public int attempts;
        public final Instant createdAt;
        public Instant nextAttemptAt;
        public Instant doneAt;
        public String lastError;

        Row(Email email, Instant now) {
            this.email = email;
            this.createdAt = now;
            this.nextAttemptAt = now;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Clock clock;

    public FakeOutbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void enqueue(Email email) {
        boolean queuedAlready = rows.stream().anyMatch(r -> Objects.equals(r.email.workspaceId(), email.workspaceId())
                && r.email.idempotencyKey().equals(email.idempotencyKey()));
        if (!queuedAlready) {
            rows.add(new Row(email, clock.instant()));
        }
    }

    /** Every email queued, in order. */
    public List<Email> sent() {
        return rows.stream().map(r -> r.email).toList();
    }

    public List<Email> sentTo(String address) {
        EmailAddress to = new EmailAddress(address);
        return sent().stream().filter(e -> e.to().address().equals(to)).toList();
    }

    /** The most recent email queued to this address; fails when there is none. */
    public Email lastTo(String address) {
        List<Email> mine = sentTo(address);
        if (mine.isEmpty()) {
            throw new AssertionError("no email was queued to " + address + "; queued: " + sent());
        }
        return mine.get(mine.size() - 1);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public Row row(OutboxMessageId id) {
        return rows.stream().filter(r -> r.id.equals(id)).findFirst().orElseThrow();
    }

    @Override
    public List<QueuedEmail> claimDue(int limit, Instant now) {
        return rows.stream().filter(r -> r.status.equals("PENDING") && !r.nextAttemptAt.isAfter(now))
                .sorted(Comparator.comparing((Row r) -> r.nextAttemptAt))
                .limit(limit).map(r -> new QueuedEmail(r.id, r.email, r.attempts)).toList();
    }

    /** How many times outcomes were recorded (each call is one statement per workspace in the real outbox). */
    public int finishCalls;

    @Override
    public void finish(List<Outcome> outcomes) {
        finishCalls++;
        for (Outcome o : outcomes) {
            Row r = row(o.email().id());
            r.attempts = o.attempts();
            switch (o.kind()) {
                case SENT -> finish(r, "SENT", o.at());
                case SUPPRESSED -> finish(r, "SUPPRESSED", o.at());
                case RETRY -> {
                    r.nextAttemptAt = o.at();
                    r.lastError = o.error();
                }
                case DEAD -> {
                    r.lastError = o.error();
                    finish(r, "DEAD", o.at());
                }
                default -> throw new IllegalArgumentException(o.kind().toString());
            }
        }
    }

    @Override
    public int purgeDone(Instant before) {
        int before0 = rows.size();
        rows.removeIf(r -> (r.status.equals("SENT") || r.status.equals("SUPPRESSED")) && r.doneAt.isBefore(before));
        return before0 - rows.size();
    }

    @Override
    public OutboxStatus status(Instant now) {
        List<Row> pending = rows.stream().filter(r -> r.status.equals("PENDING")).toList();
        Duration oldest = pending.stream().map(r -> r.createdAt).min(Comparator.naturalOrder())
                .map(t -> t.isAfter(now) ? Duration.ZERO : Duration.between(t, now)).orElse(Duration.ZERO);
        return new OutboxStatus(pending.size(), pending.stream().filter(r -> r.attempts > 0).count(),
                rows.stream().filter(r -> r.status.equals("DEAD")).count(), oldest);
    }

    private static void finish(Row r, String status, Instant at) {
        if (!r.status.equals("PENDING")) {
            throw new IllegalStateException("outbox row " + r.id + " finished twice: " + r.status + " then " + status);
        }
        r.status = status;
        r.doneAt = at;
    }

    @Override
    public List<DeadLetter> listDead(int limit) {
        return rows.stream().filter(r -> "DEAD".equals(r.status)).sorted((a, b) -> b.doneAt.compareTo(a.doneAt)).limit(limit)
                .map(FakeOutbox::dead).toList();
    }

    @Override
    public java.util.Optional<DeadLetter> findDead(OutboxMessageId id) {
        return rows.stream().filter(r -> r.id.equals(id) && "DEAD".equals(r.status)).findFirst().map(FakeOutbox::dead);
    }

    @Override
    public void requeueDead(DeadLetter letter, Instant now) {
        Row r = row(letter.id());
        r.status = "PENDING";
        r.attempts = 0;
        r.nextAttemptAt = now;
        r.doneAt = null;
    }

    @Override
    public void discardDead(DeadLetter letter, Instant now) {
        Row r = row(letter.id());
        r.status = "SUPPRESSED";
        r.doneAt = now;
        r.lastError = "discarded by support";
    }

    private static DeadLetter dead(Row r) {
        return new DeadLetter(r.id, r.email.workspaceId(), r.email.template().id(), r.attempts, r.createdAt, r.doneAt, r.lastError);
    }
}
