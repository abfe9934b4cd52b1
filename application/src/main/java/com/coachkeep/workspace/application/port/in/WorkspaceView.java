package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.domain.Workspace;
import java.time.Instant;

/** A workspace's settings and policies as its members see them. */
public record WorkspaceView(WorkspaceId id, String name, String timezone, String currency, String locale,
        String brandColor, boolean coachesSeeAllClients, boolean staffMfaRequired, PersonId ownerId,
        Instant createdAt, Instant updatedAt, long version) {
    public static WorkspaceView of(Workspace w) {
        var s = w.settings();
        return new WorkspaceView(w.id(), s.name(), s.timezone().getId(), s.currency().getCurrencyCode(),
                s.locale().toLanguageTag(), s.brandColor(), s.coachesSeeAllClients(), w.staffMfaRequired(), w.ownerId(),
                w.createdAt(), w.updatedAt(), w.version());
    }
}
