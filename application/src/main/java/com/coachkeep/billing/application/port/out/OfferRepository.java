package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.Offer;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;

/** The workspace's offers. */
public interface OfferRepository {
    void save(Offer offer);

    List<Offer> list(WorkspaceId workspaceId);

    java.util.Optional<Offer> find(WorkspaceId workspaceId, java.util.UUID id);
}
