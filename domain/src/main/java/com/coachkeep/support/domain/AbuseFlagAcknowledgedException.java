package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** An abuse flag is acknowledged once; a later crossing of the same limit raises a new one. */
public final class AbuseFlagAcknowledgedException extends DomainRuleException {
    public AbuseFlagAcknowledgedException() {
        super("abuse-flag-acknowledged", "this abuse flag is acknowledged already");
    }
}
