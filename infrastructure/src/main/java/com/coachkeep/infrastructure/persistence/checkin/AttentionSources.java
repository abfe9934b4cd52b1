package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.AttentionPort;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AttentionSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Every {@link AttentionSource} bean the application holds (contexts contribute them from their adapters), asked in turn. */
@ApplicationScoped
public class AttentionSources implements AttentionPort {
    @Inject
    @Any
    Instance<AttentionSource> sources;

    @Override
    public List<AttentionSource.Item> attention(Actor actor, Set<UUID> clientIds, Instant now) {
        List<AttentionSource.Item> out = new ArrayList<>();
        for (AttentionSource s : sources) {
            out.addAll(s.attention(actor, clientIds, now));
        }
        return out;
    }
}
