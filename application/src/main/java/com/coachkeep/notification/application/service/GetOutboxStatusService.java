package com.coachkeep.notification.application.service;

import com.coachkeep.notification.application.port.in.GetOutboxStatusUseCase;
import com.coachkeep.notification.application.port.in.OutboxStatus;
import com.coachkeep.notification.application.port.out.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Outbox figures for operators; counts only. */
@ApplicationScoped
public class GetOutboxStatusService implements GetOutboxStatusUseCase {
    private final OutboxRepository outbox;
    private final Clock clock;

    @Inject
    public GetOutboxStatusService(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    protected GetOutboxStatusService() {
        this(null, null);
    }

    @Override
    @Transactional
    public OutboxStatus status() {
        return outbox.status(clock.instant());
    }
}
