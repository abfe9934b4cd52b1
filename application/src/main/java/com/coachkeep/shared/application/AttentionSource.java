package com.coachkeep.shared.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a context contributes to the coach dashboard's "who needs me today" (for example training: a drop in workout
 * compliance). The dashboard finds every bean implementing it; a context implements it in its adapters, over its own
 * tables, in a bounded number of queries whatever the number of clients.
 */
public interface AttentionSource {
    /**
     * Items about the given clients (those the actor sees), or none when the actor may not read what the source knows.
     */
    List<Item> attention(Actor actor, Set<UUID> clientIds, Instant now);

    /**
     * @param source  the contributing context ("training")
     * @param kind    a stable name of the reason ("compliance-drop")
     * @param summary one line for the coach
     */
    record Item(String source, UUID clientId, String kind, String summary) {
    }
}
