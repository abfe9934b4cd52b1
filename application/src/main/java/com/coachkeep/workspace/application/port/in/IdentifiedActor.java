package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import java.util.Objects;

/**
 * The caller identified from their token together with their actor in the workspace they address, or the refusal
 * of that workspace. The refusal is handed back rather than thrown, so the edge knows who was refused (security
 * events name the person) and whatever the identification wrote (a refreshed email) is kept.
 *
 * @param caller  the identified caller; never null
 * @param actor   the caller's actor in the workspace, or null when refused
 * @param refusal why the caller may not act in the workspace (not found, suspended, multi-factor required), or null
 */
public record IdentifiedActor(Caller caller, Actor actor, RuntimeException refusal) {
    public IdentifiedActor {
        Objects.requireNonNull(caller);
        if ((actor == null) == (refusal == null)) {
            throw new IllegalArgumentException("exactly one of actor and refusal");
        }
    }

    /** The actor; the refusal is thrown instead when there is one. */
    public Actor actorOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return actor;
    }
}
