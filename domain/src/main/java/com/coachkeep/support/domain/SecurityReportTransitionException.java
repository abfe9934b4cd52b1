package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** A report was asked to move to a state its current state does not lead to. */
public final class SecurityReportTransitionException extends DomainRuleException {
    public SecurityReportTransitionException(SecurityReportState from, SecurityReportState to) {
        super("invalid-report-transition", "a report that is " + from.wireName() + " cannot become " + to.wireName());
    }
}
