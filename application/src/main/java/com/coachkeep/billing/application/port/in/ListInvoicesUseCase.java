package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;
import java.util.List;

/** The invoices on the workspace's connected account, as mirrored from Stripe ({@code BILLING_READ}). */
public interface ListInvoicesUseCase {
    List<InvoiceView> list(Actor actor);
}
