package com.coachkeep.privacy.domain;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The deletion of one workspace as it proceeds: who asked for it and when, and for each feature (in erasure order)
 * how many rows were erased and whether it is done. Lifecycle: {@link #start} when the owner asks (the workspace
 * is unusable and its keys destroyed from then on), {@link #erased} after each batch the deletion job erases, and
 * finished once every feature reported that nothing is left. It holds ids, counts and times, no content.
 */
public final class WorkspaceDeletion {
    /** Where a deletion stands. */
    public enum State { ERASING, DONE }

    /** One feature's progress. */
    public record Feature(String name, long erasedRows, boolean done) {
        public Feature {
            Objects.requireNonNull(name, "name");
            if (name.isBlank() || name.contains(":") || name.contains(",")) {
                throw new IllegalArgumentException("a feature's name is one word: " + name);
            }
        }
    }

    private final WorkspaceId workspaceId;
    private final PersonId requestedBy;
    private final Instant requestedAt;
    private final List<Feature> features;
    private Instant finishedAt;
    private Instant updatedAt;

    public WorkspaceDeletion(WorkspaceId workspaceId, PersonId requestedBy, Instant requestedAt, List<Feature> features,
            Instant finishedAt, Instant updatedAt) {
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.features = new ArrayList<>(features);
        this.finishedAt = finishedAt;
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A deletion that has erased nothing yet, for these features in the order they are erased. */
    public static WorkspaceDeletion start(WorkspaceId workspaceId, PersonId requestedBy, List<String> features, Instant now) {
        return new WorkspaceDeletion(workspaceId, requestedBy, now, features.stream().map(f -> new Feature(f, 0, false)).toList(),
                null, now);
    }

    /** The feature to erase next; empty when every feature is done. */
    public Optional<String> nextFeature() {
        return features.stream().filter(f -> !f.done()).map(Feature::name).findFirst();
    }

    /**
     * Records a batch: {@code rows} erased by {@code feature}; a batch that erased nothing means the feature is done.
     * When the last feature is done, the deletion is finished. A feature not in the plan (added to the code while a
     * deletion ran) is appended, so it is erased too.
     */
    public void erased(String feature, long rows, Instant now) {
        boolean found = false;
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            if (f.name().equals(feature)) {
                features.set(i, new Feature(feature, f.erasedRows() + rows, rows == 0));
                found = true;
            }
        }
        if (!found) {
            features.add(new Feature(feature, rows, rows == 0));
        }
        updatedAt = now;
        if (finishedAt == null && nextFeature().isEmpty()) {
            finishedAt = now;
        }
    }

    /** Makes sure every feature of the current plan is part of this deletion (features added since it started). */
    public void plan(List<String> current) {
        for (String name : current) {
            if (features.stream().noneMatch(f -> f.name().equals(name))) {
                features.add(new Feature(name, 0, false));
                finishedAt = null;
            }
        }
    }

    public State state() {
        return finishedAt == null ? State.ERASING : State.DONE;
    }

    public long erasedRows() {
        return features.stream().mapToLong(Feature::erasedRows).sum();
    }

    public WorkspaceId workspaceId() { return workspaceId; }
    public PersonId requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public List<Feature> features() { return List.copyOf(features); }
    public Instant finishedAt() { return finishedAt; }
    public Instant updatedAt() { return updatedAt; }
}
