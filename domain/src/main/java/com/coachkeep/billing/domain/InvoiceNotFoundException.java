package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.Refusal;

/** No invoice of this id on the workspace's account (or one of another workspace, which answers the same). */
public class InvoiceNotFoundException extends Refusal.NotFound {
    public static final String CODE = "invoice-not-found";

    public InvoiceNotFoundException() {
        super(CODE, "No such invoice in this workspace.");
    }
}
