package com.coachkeep.checkin.application.port.out;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AttentionSource;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What every {@link AttentionSource} bean of the application contributes about these clients, one call per source. */
public interface AttentionPort {
    List<AttentionSource.Item> attention(Actor actor, Set<UUID> clientIds, Instant now);
}
