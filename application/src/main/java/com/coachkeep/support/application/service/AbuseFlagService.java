package com.coachkeep.support.application.service;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.support.application.port.in.AbuseFlagView;
import com.coachkeep.support.application.port.in.AbuseSignal;
import com.coachkeep.support.application.port.in.AcknowledgeAbuseFlagUseCase;
import com.coachkeep.support.application.port.in.ListAbuseFlagsUseCase;
import com.coachkeep.support.application.port.in.RaiseAbuseFlagUseCase;
import com.coachkeep.support.application.port.in.Reason;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.out.AbuseFlagRepository;
import com.coachkeep.support.domain.AbuseFlag;
import com.coachkeep.support.domain.AbuseFlagId;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Abuse flags: raised by the API's rate limits, seen and acknowledged by security officers in the console. Flags are
 * platform data; a new flag and each acknowledgement go into the platform audit trail ({@link AuditEntry#PLATFORM}).
 * The trail names the limit, the kind of subject and the operation, never a client address: the flag holds that, and
 * the trail is kept for ever.
 */
@ApplicationScoped
@Transactional
public class AbuseFlagService implements RaiseAbuseFlagUseCase, ListAbuseFlagsUseCase, AcknowledgeAbuseFlagUseCase {
    static final String RATE_LIMITER = "rate-limiter";

    private final AbuseFlagRepository flags;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public AbuseFlagService(AbuseFlagRepository flags, AuditTrail audit, Clock clock) {
        this.flags = flags;
        this.audit = audit;
        this.clock = clock;
    }

    protected AbuseFlagService() {
        this(null, null, null);
    }

    @Override
    public AbuseFlagView raise(AbuseSignal s) {
        Instant now = clock.instant();
        AbuseFlag candidate = AbuseFlag.raise(AbuseFlagId.random(), s.limit(), s.subjectKind(), s.subject(), s.operation(), now);
        if (flags.addIfNoneOpen(candidate)) {
            audit.record(new AuditRecord(AuditEntry.PLATFORM, AuditRecord.By.SYSTEM, RATE_LIMITER, "abuse_flag.raised", "abuse_flag",
                    candidate.id().toString(), null,
                    Map.of("limit", s.limit(), "subjectKind", s.subjectKind().name().toLowerCase(java.util.Locale.ROOT),
                            "operation", s.operation())));
            return AbuseFlagView.of(candidate);
        }
        // Open already (raised by this or another node): the crossing counts on it.
        AbuseFlag open = flags.findOpen(s.limit(), s.subjectKind(), s.subject()).orElse(null);
        if (open == null) {
            // Acknowledged between the insert and the read: the next crossing raises a new flag.
            return AbuseFlagView.of(candidate);
        }
        AbuseFlag counted = open.crossedAgain(now);
        flags.update(counted);
        return AbuseFlagView.of(counted);
    }

    @Override
    public List<AbuseFlagView> list(SupportActor actor, boolean openOnly) {
        actor.require(SupportPermission.ABUSE_FLAGS_MANAGE);
        return flags.list(openOnly, MAX).stream().map(AbuseFlagView::of).toList();
    }

    @Override
    public AbuseFlagView acknowledge(SupportActor actor, String flagId, String reason) {
        actor.require(SupportPermission.ABUSE_FLAGS_MANAGE);
        String why = Reason.require(reason);
        AbuseFlag flag = flags.find(new AbuseFlagId(Ids.parse(flagId))).orElseThrow(() -> new NotFoundException("abuse flag"));
        AbuseFlag acknowledged = flag.acknowledge(actor.staffId(), why, clock.instant());
        flags.update(acknowledged);
        audit.record(SupportAudit.of(actor, "abuse_flag.acknowledged").target("abuse_flag", flag.id()).reason(why)
                .detail("limit", flag.limit()).detail("crossings", flag.crossings()));
        return AbuseFlagView.of(acknowledged);
    }
}
