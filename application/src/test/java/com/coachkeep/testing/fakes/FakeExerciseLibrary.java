package com.coachkeep.testing.fakes;

import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.ExerciseDescriptionPort;
import com.coachkeep.training.application.port.out.ExerciseLibraryRepository;
import com.coachkeep.training.application.port.out.ExerciseLibrarySettingsRepository;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.ExerciseLibrarySettings;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.WorkspaceExercise;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The exercise library in memory: a small global catalogue shared by all workspaces, and per workspace its own
 * exercises, aliases, hidden exercises and settings. Text search is a plain "contains" on names and aliases (the
 * trigram ranking is PostgreSQL's, tested against it), by name.
 */
public final class FakeExerciseLibrary implements ExerciseLibraryRepository, ExerciseLibrarySettingsRepository {
    public final Map<ExerciseId, ExerciseDetails> global = new LinkedHashMap<>();
    private final Map<ExerciseId, WorkspaceExercise> own = new HashMap<>();
    private final Map<WorkspaceId, Map<ExerciseId, ExerciseAliases>> aliases = new HashMap<>();
    private final Map<WorkspaceId, Set<ExerciseId>> hidden = new HashMap<>();
    private final Map<WorkspaceId, ExerciseLibrarySettings> settings = new HashMap<>();

    public ExerciseId addGlobal(String slug, ExerciseDetails details) {
        ExerciseId id = LibraryExercise.globalId(slug);
        global.put(id, details);
        return id;
    }

    @Override
    public Page<LibraryExercise> search(WorkspaceId w, Filter f, PageRequest page) {
        List<LibraryExercise> all = all(w).filter(e -> e.status() == WorkspaceExercise.Status.ACTIVE && (f.includeHidden() || !e.hidden()))
                .filter(e -> f.source() == null || e.source() == f.source())
                .filter(e -> f.muscle() == null || e.details().primaryMuscles().contains(f.muscle()) || e.details().secondaryMuscles().contains(f.muscle()))
                .filter(e -> f.equipment() == null || e.details().equipment() == f.equipment())
                .filter(e -> f.pattern() == null || e.details().pattern() == f.pattern())
                .filter(e -> f.mechanics() == null || e.details().mechanics() == f.mechanics())
                .filter(e -> f.text() == null || Stream.concat(Stream.of(e.details().name()), e.aliases().values().stream())
                        .anyMatch(n -> ExerciseAliases.key(n).contains(ExerciseAliases.key(f.text()))))
                .toList();
        return Keyset.ascending(all.stream(), e -> ExerciseAliases.key(e.details().name()) + "\u0000" + e.id(), page);
    }

    @Override
    public Optional<LibraryExercise> find(WorkspaceId w, ExerciseId id) {
        return all(w).filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public Optional<WorkspaceExercise> findOwn(WorkspaceId w, ExerciseId id) {
        return Optional.ofNullable(own.get(id)).filter(e -> e.workspaceId().equals(w)).map(FakeExerciseLibrary::copy);
    }

    @Override
    public void add(WorkspaceExercise e) {
        own.put(e.id(), copy(e));
    }

    @Override
    public void update(WorkspaceExercise e) {
        own.put(e.id(), copy(e));
    }

    @Override
    public List<WorkspaceExercise> mergedInto(WorkspaceId w, ExerciseId survivor) {
        return own.values().stream().filter(e -> e.workspaceId().equals(w) && survivor.equals(e.mergedInto())).map(FakeExerciseLibrary::copy).toList();
    }

    @Override
    public ExerciseAliases aliases(WorkspaceId w, ExerciseId id) {
        return aliases.getOrDefault(w, Map.of()).getOrDefault(id, new ExerciseAliases(List.of()));
    }

    @Override
    public void setAliases(WorkspaceId w, ExerciseId id, ExerciseAliases a, Instant now) {
        aliases.computeIfAbsent(w, x -> new HashMap<>()).put(id, a);
    }

    @Override
    public boolean hide(WorkspaceId w, ExerciseId id, PersonId by, Instant now) {
        return hidden.computeIfAbsent(w, x -> new HashSet<>()).add(id);
    }

    @Override
    public boolean unhide(WorkspaceId w, ExerciseId id) {
        return hidden.computeIfAbsent(w, x -> new HashSet<>()).remove(id);
    }

    @Override
    public List<LibraryExercise> variationGroup(WorkspaceId w, String group, ExerciseId except, int limit) {
        return all(w).filter(LibraryExercise::offered).filter(e -> group.equals(e.details().variationGroup()) && !e.id().equals(except))
                .sorted(Comparator.comparing(e -> ExerciseAliases.key(e.details().name()))).limit(limit).toList();
    }

    @Override
    public ExerciseLibrarySettings get(WorkspaceId w) {
        return settings.getOrDefault(w, ExerciseLibrarySettings.defaults());
    }

    @Override
    public ExerciseLibrarySettings save(WorkspaceId w, boolean aiDescriptions, Long expectedVersion, PersonId by, Instant now) {
        ExerciseLibrarySettings current = get(w);
        StaleVersionException.check(expectedVersion, current.version());
        ExerciseLibrarySettings next = new ExerciseLibrarySettings(aiDescriptions, current.version() + 1);
        settings.put(w, next);
        return next;
    }

    private Stream<LibraryExercise> all(WorkspaceId w) {
        List<LibraryExercise> out = new ArrayList<>();
        global.forEach((id, d) -> out.add(new LibraryExercise(id, LibraryExercise.Source.GLOBAL, d, WorkspaceExercise.Status.ACTIVE, null,
                aliases(w, id), hidden.getOrDefault(w, Set.of()).contains(id), null, null, 0)));
        own.values().stream().filter(e -> e.workspaceId().equals(w)).forEach(e -> out.add(new LibraryExercise(e.id(),
                LibraryExercise.Source.WORKSPACE, e.details(), e.status(), e.mergedInto(), aliases(w, e.id()), false, e.createdAt(),
                e.updatedAt(), e.version())));
        return out.stream();
    }

    private static WorkspaceExercise copy(WorkspaceExercise e) {
        return new WorkspaceExercise(e.id(), e.workspaceId(), e.details(), e.status(), e.mergedInto(), e.createdBy(), e.createdAt(),
                e.updatedAt(), e.version());
    }

    /** A description provider that records what it was asked. */
    public static final class RecordingDescriptions implements ExerciseDescriptionPort {
        public final List<DescriptionRequest> requests = new ArrayList<>();
        public Provider provider;
        public boolean fail;

        @Override
        public Optional<Provider> provider() {
            return Optional.ofNullable(provider);
        }

        @Override
        public String describe(DescriptionRequest request) {
            requests.add(request);
            if (fail) {
                throw new ProviderFailedException("down", null);
            }
            return "Stand tall and squat.";
        }
    }
}
