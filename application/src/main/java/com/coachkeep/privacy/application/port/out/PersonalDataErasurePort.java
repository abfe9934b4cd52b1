package com.coachkeep.privacy.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The erasure half of the data-rights contract. Every bounded context that stores personal data provides one
 * implementation (a CDI bean in its persistence adapter); the deletion use cases find them all and call each,
 * so a feature added later is erased by adding its implementation, nothing else. A test compares
 * {@link #tables()} of all implementations with the database catalog and fails when a table is covered by none.
 */
public interface PersonalDataErasurePort {
    /** The feature's name ({@code roster}), for progress reports and logs. */
    String feature();

    /** The tables this feature owns and erases. */
    List<String> tables();

    /**
     * The features whose rows this feature's rows point at: each of them is erased after this one when a workspace or
     * a client is erased (foreign keys are deferred, but batches commit separately). A feature declares only what it
     * knows of itself, "my rows point at roster's clients"; no feature needs to know who points at it. Every
     * workspace row points at the workspace, which goes last.
     */
    default Set<String> pointsAt() {
        return Set.of(WORKSPACE);
    }

    /** The feature that holds the workspace row itself, erased after every feature that points at it. */
    String WORKSPACE = "workspace";

    /**
     * The features in erasure order: every feature before those it points at, otherwise by name. Fails when
     * features point at each other in a circle, which no order can satisfy.
     */
    static List<PersonalDataErasurePort> inErasureOrder(Collection<? extends PersonalDataErasurePort> features) {
        List<PersonalDataErasurePort> waiting = new ArrayList<>(features);
        waiting.sort(Comparator.comparing(PersonalDataErasurePort::feature));
        List<PersonalDataErasurePort> ordered = new ArrayList<>();
        while (!waiting.isEmpty()) {
            PersonalDataErasurePort next = waiting.stream()
                    .filter(f -> waiting.stream().noneMatch(other -> other != f && other.pointsAt().contains(f.feature())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("erasure features point at each other in a circle: "
                            + waiting.stream().map(f -> f.feature() + " -> " + f.pointsAt()).toList()));
            ordered.add(next);
            waiting.remove(next);
        }
        return List.copyOf(ordered);
    }

    /**
     * Deletes up to {@code batchSize} rows (and their files) of the workspace this feature holds, in the caller's
     * transaction; returns how many were deleted, 0 when none is left. Called repeatedly by the deletion job.
     */
    long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize);

    /**
     * Deletes this feature's personal data about one client of the workspace, or pseudonymises what must be kept
     * (accounting records); the coach's own content (templates, programs as such) stays. Returns rows affected.
     */
    long eraseClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * Deletes what this feature holds about a person as such, outside any workspace (their email preferences, their
     * remembered responses), when they delete their account; returns rows affected. Most features hold nothing of
     * the kind: their workspace and client erasure covers them.
     */
    default long erasePerson(com.coachkeep.shared.domain.PersonId personId) {
        return 0;
    }
}
