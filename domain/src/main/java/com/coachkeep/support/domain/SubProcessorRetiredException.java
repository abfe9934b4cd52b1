package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** A retired sub-processor stays on the record as it was; it is not changed or retired again. */
public final class SubProcessorRetiredException extends DomainRuleException {
    public SubProcessorRetiredException() {
        super("sub-processor-retired", "this sub-processor is retired");
    }
}
