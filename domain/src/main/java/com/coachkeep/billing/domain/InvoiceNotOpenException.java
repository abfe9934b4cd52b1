package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** Only an open invoice (finalized, not paid, not void) can be retried. */
public class InvoiceNotOpenException extends DomainRuleException {
    public static final String CODE = "invoice-not-open";

    public InvoiceNotOpenException(String status) {
        super(CODE, "The invoice is " + status + ", not open: there is nothing to collect.");
    }
}
