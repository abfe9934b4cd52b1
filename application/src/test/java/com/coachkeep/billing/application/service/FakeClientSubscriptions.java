package com.coachkeep.billing.application.service;

import com.coachkeep.billing.application.port.out.ClientSubscriptionRepository;
import com.coachkeep.billing.domain.ClientSubscription;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Clients' subscriptions in memory; {@link #link} stands for a client's completed checkout. */
final class FakeClientSubscriptions implements ClientSubscriptionRepository {
    final Map<String, ClientSubscription> rows = new LinkedHashMap<>();
    final Map<String, UUID> clients = new HashMap<>();
    final Map<WorkspaceId, Integer> grace = new HashMap<>();

    void link(String subscriptionId, UUID clientId) {
        clients.put(subscriptionId, clientId);
    }

    @Override
    public Optional<ClientSubscription> lock(WorkspaceId w, String subscriptionId) {
        return Optional.ofNullable(rows.get(subscriptionId)).filter(s -> s.workspaceId().equals(w));
    }

    @Override
    public void save(ClientSubscription s) {
        rows.put(s.subscriptionId(), s);
    }

    @Override
    public List<ClientSubscription> ofClient(WorkspaceId w, UUID clientId) {
        return ofClients(w, List.of(clientId)).getOrDefault(clientId, List.of());
    }

    @Override
    public Map<UUID, List<ClientSubscription>> ofClients(WorkspaceId w, Collection<UUID> clientIds) {
        Map<UUID, List<ClientSubscription>> out = new HashMap<>();
        rows.values().stream().filter(s -> s.workspaceId().equals(w)).forEach(s -> {
            UUID c = clients.get(s.subscriptionId());
            if (c != null && clientIds.contains(c)) {
                out.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
            }
        });
        return out;
    }

    @Override
    public Optional<UUID> clientOf(WorkspaceId w, String subscriptionId) {
        return Optional.ofNullable(clients.get(subscriptionId));
    }

    @Override
    public Optional<OfferRef> offerOfPrice(WorkspaceId w, String priceId) {
        return Optional.empty();
    }

    @Override
    public Optional<Integer> gracePeriodDays(WorkspaceId w) {
        return Optional.ofNullable(grace.get(w));
    }

    @Override
    public void saveGracePeriodDays(WorkspaceId w, int days, Instant at) {
        grace.put(w, days);
    }
}
