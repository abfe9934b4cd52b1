package com.coachkeep.audit.application.service;

import com.coachkeep.audit.application.port.in.AuditEventView;
import com.coachkeep.audit.application.port.in.AuditEventsQuery;
import com.coachkeep.audit.application.port.in.CheckpointAuditChainsUseCase;
import com.coachkeep.audit.application.port.in.ListAuditEventsUseCase;
import com.coachkeep.audit.application.port.in.VerifyAuditChainUseCase;
import com.coachkeep.audit.application.port.out.AuditCheckpointPort;
import com.coachkeep.audit.application.port.out.AuditEventRepository;
import com.coachkeep.audit.application.port.out.RequestContextPort;
import com.coachkeep.audit.domain.AuditActor;
import com.coachkeep.audit.domain.AuditChain;
import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.audit.domain.AuditEvent;
import com.coachkeep.audit.domain.ChainHead;
import com.coachkeep.audit.domain.ChainReport;
import com.coachkeep.audit.domain.ChainVerifier;
import com.coachkeep.audit.domain.Checkpoint;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.SecurityEvent;
import com.coachkeep.shared.application.SecurityEventPort;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail. Appending locks the workspace's chain head for the rest of the transaction, so concurrent
 * events of one workspace are chained one after another while other workspaces are not held up; an event joins
 * the transaction of the change it describes, so it exists exactly when that change was committed.
 */
@ApplicationScoped
@Transactional
public class AuditChainService implements AuditTrail, SecurityEventPort, ListAuditEventsUseCase, VerifyAuditChainUseCase,
        CheckpointAuditChainsUseCase {
    private final AuditEventRepository events;
    private final AuditCheckpointPort checkpoints;
    private final RequestContextPort requests;
    private final Clock clock;

    @Inject
    public AuditChainService(AuditEventRepository events, AuditCheckpointPort checkpoints, RequestContextPort requests, Clock clock) {
        this.events = events;
        this.checkpoints = checkpoints;
        this.requests = requests;
        this.clock = clock;
    }

    protected AuditChainService() {
        this(null, null, null, null);
    }

    @Override
    public void record(AuditRecord record) {
        append(record);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(AuditRecord record) {
        append(record);
    }

    /**
     * A member refused in their own workspace (a permission their role lacks, a second factor the workspace
     * requires) goes into that workspace's trail, where its owner sees it. Refusals of people who are not members,
     * or who are not identified, stay in the security log: they must not let strangers write into a workspace's
     * trail.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEvent e) {
        if (e.personId() == null || e.workspaceId() == null) {
            return;
        }
        String action = switch (e.kind()) {
            case ACCESS_DENIED -> "security.access_denied";
            case MFA_REQUIRED -> "security.mfa_required";
            default -> null;
        };
        if (action == null) {
            return;
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("operation", e.operation());
        if (e.detail() != null) {
            details.put("missing", e.detail());
        }
        append(new AuditRecord(e.workspaceId(), AuditRecord.By.PERSON, e.personId().toString(), action, null, null, null, details));
    }

    private AuditEvent append(AuditRecord r) {
        AuditEntry entry = new AuditEntry(r.workspaceId(), new AuditActor(AuditActor.Kind.valueOf(r.by().name()), r.actorId()),
                r.action(), r.targetType(), r.targetId(), r.reason(), requests.requestId().orElse(null), r.details());
        ChainHead head = events.lockHead(r.workspaceId());
        AuditEvent event = AuditChain.append(head, entry, UUID.randomUUID(), clock.instant());
        events.append(event);
        return event;
    }

    @Override
    public Page<AuditEventView> list(Actor actor, AuditEventsQuery query) {
        actor.require(Permission.AUDIT_READ);
        return events.list(actor.workspaceId(), query).map(AuditEventView::of);
    }

    @Override
    public ChainReport verify(Actor actor) {
        actor.require(Permission.AUDIT_READ);
        return verifyAsOperator(actor.workspaceId());
    }

    @Override
    public ChainReport verifyAsOperator(WorkspaceId workspaceId) {
        ChainVerifier verifier = new ChainVerifier(workspaceId, checkpoints.latest(workspaceId).orElse(null));
        events.forEachInOrder(workspaceId, verifier::accept);
        return verifier.finish();
    }

    @Override
    public int checkpointAll() {
        int signed = 0;
        for (ChainHead head : events.allHeads()) {
            Optional<Checkpoint> last = checkpoints.latest(head.workspaceId());
            if (head.sequence() > 0 && last.map(c -> c.sequence() < head.sequence()).orElse(true)) {
                checkpoints.store(Checkpoint.of(head, clock.instant()));
                signed++;
            }
        }
        return signed;
    }
}
