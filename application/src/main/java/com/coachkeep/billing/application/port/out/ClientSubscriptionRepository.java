package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.ClientSubscription;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Clients' subscriptions as mirrored, and the workspace's grace period. A subscription belongs to the client whose
 * checkout made it (the checkout's Stripe subscription id): the link is read, never stored twice.
 */
public interface ClientSubscriptionRepository {
    Optional<ClientSubscription> lock(WorkspaceId workspaceId, String subscriptionId);

    void save(ClientSubscription subscription);

    /** The client's subscriptions (through their checkouts), newest first. */
    List<ClientSubscription> ofClient(WorkspaceId workspaceId, UUID clientId);

    /** The subscriptions of these clients, by client (one read). */
    Map<UUID, List<ClientSubscription>> ofClients(WorkspaceId workspaceId, Collection<UUID> clientIds);

    /** The client whose checkout made this subscription, if any. */
    Optional<UUID> clientOf(WorkspaceId workspaceId, String subscriptionId);

    /** The offer whose price this is, and its name, if the workspace made it. */
    Optional<OfferRef> offerOfPrice(WorkspaceId workspaceId, String priceId);

    record OfferRef(UUID id, String name) {
    }

    /** The grace period the coach set, in days; empty until they set one. */
    Optional<Integer> gracePeriodDays(WorkspaceId workspaceId);

    void saveGracePeriodDays(WorkspaceId workspaceId, int days, java.time.Instant at);
}
