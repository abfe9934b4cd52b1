package com.coachkeep.support.application.service;

import com.coachkeep.notification.application.port.out.OutboxRepository;
import com.coachkeep.notification.application.port.out.OutboxRepository.DeadLetter;
import com.coachkeep.notification.domain.OutboxMessageId;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.support.application.port.in.DeadLetterView;
import com.coachkeep.support.application.port.in.ManageDeadLettersUseCase;
import com.coachkeep.support.application.port.in.Reason;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SupportIds;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Support works the outbox's dead letters: lists them, retries or discards one. Each action needs a reason and is
 * recorded in the workspace's trail (when a workspace is concerned) and the platform trail.
 */
@ApplicationScoped
@Transactional
public class ManageDeadLettersService implements ManageDeadLettersUseCase {
    private final OutboxRepository outbox;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ManageDeadLettersService(OutboxRepository outbox, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    protected ManageDeadLettersService() {
        this(null, null, null);
    }

    @Override
    public List<DeadLetterView> list(SupportActor actor, int limit) {
        actor.require(SupportPermission.OUTBOX_MANAGE);
        if (limit < 1 || limit > MAX) {
            throw InvalidInputException.of("limit", "must be from 1 to " + MAX);
        }
        return outbox.listDead(limit).stream().map(ManageDeadLettersService::view).toList();
    }

    @Override
    public void retry(SupportActor actor, String messageId, String reason) {
        DeadLetter letter = load(actor, messageId);
        String why = Reason.require(reason);
        outbox.requeueDead(letter, clock.instant());
        record(actor, letter, "outbox.dead_letter_retried", why);
    }

    @Override
    public void discard(SupportActor actor, String messageId, String reason) {
        DeadLetter letter = load(actor, messageId);
        String why = Reason.require(reason);
        outbox.discardDead(letter, clock.instant());
        record(actor, letter, "outbox.dead_letter_discarded", why);
    }

    private DeadLetter load(SupportActor actor, String messageId) {
        actor.requireWithMultiFactor(SupportPermission.OUTBOX_MANAGE);
        return outbox.findDead(new OutboxMessageId(SupportIds.parse("messageId", messageId)))
                .orElseThrow(() -> new NotFoundException("dead letter"));
    }

    private void record(SupportActor actor, DeadLetter letter, String action, String why) {
        if (letter.workspaceId() != null) {
            audit.record(SupportAudit.in(letter.workspaceId(), actor, action).target("outbox_message", letter.id().value()).reason(why)
                    .detail("template", letter.template()));
        }
        audit.record(SupportAudit.of(actor, action).target("outbox_message", letter.id().value()).reason(why)
                .detail("template", letter.template()).detail("workspace", letter.workspaceId()));
    }

    private static DeadLetterView view(DeadLetter d) {
        return new DeadLetterView(d.id().value().toString(), d.workspaceId() == null ? null : d.workspaceId().value().toString(),
                d.template(), d.attempts(), d.createdAt(), d.failedAt(), d.lastError());
    }
}
