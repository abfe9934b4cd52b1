package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** One client, if the actor may see them (a client sees only themself); otherwise not found. */
public interface GetClientUseCase {
    ClientView get(Actor actor, ClientId id);

    /**
     * Which of {@code ids} the actor can read, in one go and without refusing: for operations over many clients, which
     * treat the others as missing.
     */
    default java.util.Set<ClientId> visibleAmong(Actor actor, java.util.Collection<ClientId> ids) {
        java.util.Set<ClientId> out = new java.util.LinkedHashSet<>();
        for (ClientId id : ids) {
            try {
                out.add(get(actor, id).id());
            } catch (com.coachkeep.shared.application.NotFoundException e) {
                // not visible: left out
            }
        }
        return out;
    }

    /** The actor's own client record in the workspace. */
    ClientView getOwn(Actor actor);
}
