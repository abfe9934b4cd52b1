package com.coachkeep.infrastructure.crypto;

import com.coachkeep.privacy.application.port.out.WrappedKeyRepository;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.KeyPurpose;
import com.coachkeep.privacy.domain.WrappedKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A fake of the keystore with the same rules: first key wins, destroyed keys stay destroyed and leave markers. */
public class InMemoryWrappedKeys implements WrappedKeyRepository {
    public record Slot(DataSubject subject, KeyPurpose purpose) {
    }

    public final Map<Slot, WrappedKey> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<WrappedKey> find(DataSubject subject, KeyPurpose purpose) {
        return Optional.ofNullable(rows.get(new Slot(subject, purpose)));
    }

    @Override
    public WrappedKey addIfAbsent(WrappedKey key) {
        return rows.computeIfAbsent(new Slot(key.subject(), key.purpose()), s -> key);
    }

    @Override
    public int destroyAll(DataSubject subject, Instant now) {
        int destroyed = 0;
        for (KeyPurpose purpose : KeyPurpose.values()) {
            Slot slot = new Slot(subject, purpose);
            WrappedKey old = rows.get(slot);
            if (old == null || !old.destroyed()) {
                destroyed += old == null ? 0 : 1;
                rows.put(slot, new WrappedKey(subject, purpose, null, old == null ? now : old.createdAt(), now));
            }
        }
        return destroyed;
    }

    @Override
    public int destroyAllOfWorkspace(com.coachkeep.shared.domain.WorkspaceId workspaceId, Instant now) {
        int destroyed = 0;
        for (Slot slot : java.util.List.copyOf(rows.keySet())) {
            if (slot.subject().workspaceId().equals(workspaceId) && slot.subject().kind() != DataSubject.Kind.WORKSPACE) {
                destroyed += destroyAll(slot.subject(), now);
            }
        }
        return destroyed + destroyAll(DataSubject.workspace(workspaceId), now);
    }
}
