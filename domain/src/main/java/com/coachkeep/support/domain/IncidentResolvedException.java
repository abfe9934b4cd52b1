package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** A resolved incident takes no more updates and is not resolved twice. */
public final class IncidentResolvedException extends DomainRuleException {
    public IncidentResolvedException() {
        super("incident-resolved", "this incident is resolved already");
    }
}
