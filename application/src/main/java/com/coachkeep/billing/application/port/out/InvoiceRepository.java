package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.Invoice;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;

/** Mirrored invoices of a workspace's connected account. */
public interface InvoiceRepository {
    Optional<Invoice> lock(WorkspaceId workspaceId, String stripeInvoiceId);

    void save(Invoice invoice);

    List<Invoice> list(WorkspaceId workspaceId);
}
