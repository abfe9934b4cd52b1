package com.coachkeep.training.application.service;

import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.in.ArchiveExerciseUseCase;
import com.coachkeep.training.application.port.in.CreateExerciseCommand;
import com.coachkeep.training.application.port.in.CreateExerciseUseCase;
import com.coachkeep.training.application.port.in.ExerciseView;
import com.coachkeep.training.application.port.in.GetExerciseUseCase;
import com.coachkeep.training.application.port.in.HideExerciseUseCase;
import com.coachkeep.training.application.port.in.ListSubstitutesUseCase;
import com.coachkeep.training.application.port.in.LookUpExercisesUseCase;
import com.coachkeep.training.application.port.in.MergeExerciseCommand;
import com.coachkeep.training.application.port.in.MergeExerciseUseCase;
import com.coachkeep.training.application.port.in.SearchExercisesQuery;
import com.coachkeep.training.application.port.in.SearchExercisesUseCase;
import com.coachkeep.training.application.port.in.SetExerciseAliasesUseCase;
import com.coachkeep.training.application.port.in.UpdateExerciseCommand;
import com.coachkeep.training.application.port.in.UpdateExerciseUseCase;
import com.coachkeep.training.application.port.out.ExerciseLibraryRepository;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.WorkspaceExercise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exercise library of a workspace: the global catalogue plus its own exercises. Staff read it with
 * {@code PROGRAMS_READ} and change it with {@code PROGRAMS_MANAGE}; clients have no direct access (they see the
 * exercises of what they were prescribed, through {@link LookUpExercisesUseCase}). Changes are audited: create, edit,
 * archive, aliases, hide and unhide, merge. A merged exercise is kept and resolves to its survivor wherever it is read
 * by id, so references held by programs and logs stay valid.
 */
@ApplicationScoped
@Transactional
public class WorkspaceExerciseService implements SearchExercisesUseCase, GetExerciseUseCase, LookUpExercisesUseCase,
        CreateExerciseUseCase, UpdateExerciseUseCase, ArchiveExerciseUseCase, SetExerciseAliasesUseCase, HideExerciseUseCase,
        MergeExerciseUseCase, ListSubstitutesUseCase {
    private final ExerciseLibraryRepository library;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public WorkspaceExerciseService(ExerciseLibraryRepository library, AuditTrail audit, Clock clock) {
        this.library = library;
        this.audit = audit;
        this.clock = clock;
    }

    protected WorkspaceExerciseService() {
        this(null, null, null);
    }

    @Override
    public Page<ExerciseView> search(Actor actor, SearchExercisesQuery q) {
        actor.require(Permission.PROGRAMS_READ);
        return library.search(actor.workspaceId(), new ExerciseLibraryRepository.Filter(q.text(), q.muscle(), q.equipment(),
                q.pattern(), q.mechanics(), q.source(), q.includeHidden()), q.page()).map(ExerciseView::of);
    }

    @Override
    public ExerciseView get(Actor actor, ExerciseId id) {
        actor.require(Permission.PROGRAMS_READ);
        return resolved(actor.workspaceId(), id);
    }

    @Override
    public Map<ExerciseId, ExerciseView> lookUp(Actor actor, Collection<ExerciseId> ids) {
        if (!actor.has(Permission.PROGRAMS_READ) && !actor.has(Permission.SELF_READ)) {
            throw new AccessDeniedException(Permission.PROGRAMS_READ);
        }
        if (ids.size() > MAX_IDS) {
            throw InvalidInputException.of("ids", "must hold at most " + MAX_IDS + " ids");
        }
        Map<ExerciseId, ExerciseView> found = new LinkedHashMap<>();
        for (ExerciseId id : new LinkedHashSet<>(ids)) {
            try {
                found.put(id, resolved(actor.workspaceId(), id));
            } catch (NotFoundException e) {
                // named by nothing the workspace can see: left out
            }
        }
        return found;
    }

    @Override
    public ExerciseView create(Actor actor, CreateExerciseCommand c) {
        actor.require(Permission.PROGRAMS_MANAGE);
        Instant now = clock.instant();
        WorkspaceExercise e = WorkspaceExercise.create(actor.workspaceId(), c.details(), actor.personId(), now);
        library.add(e);
        if (!c.aliases().values().isEmpty()) {
            library.setAliases(actor.workspaceId(), e.id(), c.aliases(), now);
        }
        audit.record(AuditRecord.of(actor, "exercise.created").target("exercise", e.id()));
        return view(actor.workspaceId(), e.id());
    }

    @Override
    public ExerciseView update(Actor actor, UpdateExerciseCommand c) {
        actor.require(Permission.PROGRAMS_MANAGE);
        WorkspaceExercise e = own(actor.workspaceId(), c.exerciseId());
        StaleVersionException.check(c.expectedVersion(), e.version());
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        c.status().ifPresent(status -> {
            if (status == WorkspaceExercise.Status.ACTIVE) {
                e.restore(now);
            } else {
                e.archive(now);
            }
            changed.add("status");
        });
        ExerciseDetails d = e.details();
        ExerciseDetails next = new ExerciseDetails(pick(c.name(), d.name(), changed, "name"),
                pick(c.instructions(), d.instructions(), changed, "instructions"), pick(c.videoUrl(), d.videoUrl(), changed, "videoUrl"),
                pick(c.tags(), d.tags(), changed, "tags"), pick(c.primaryMuscles(), d.primaryMuscles(), changed, "primaryMuscles"),
                pick(c.secondaryMuscles(), d.secondaryMuscles(), changed, "secondaryMuscles"),
                pick(c.equipment(), d.equipment(), changed, "equipment"), pick(c.pattern(), d.pattern(), changed, "pattern"),
                pick(c.mechanics(), d.mechanics(), changed, "mechanics"),
                pick(c.variationGroup(), d.variationGroup(), changed, "variationGroup"));
        if (!next.equals(d)) {
            e.revise(next, now);
        }
        library.update(e);
        c.aliases().ifPresent(aliases -> {
            library.setAliases(actor.workspaceId(), e.id(), aliases, now);
            changed.add("aliases");
        });
        audit.record(AuditRecord.of(actor, "exercise.updated").target("exercise", e.id()).detail("fields", String.join(",", changed)));
        return view(actor.workspaceId(), e.id());
    }

    @Override
    public ExerciseView archive(Actor actor, ExerciseId id) {
        actor.require(Permission.PROGRAMS_MANAGE);
        WorkspaceExercise e = own(actor.workspaceId(), id);
        e.archive(clock.instant());
        library.update(e);
        audit.record(AuditRecord.of(actor, "exercise.archived").target("exercise", e.id()));
        return view(actor.workspaceId(), e.id());
    }

    @Override
    public ExerciseView setAliases(Actor actor, ExerciseId id, ExerciseAliases aliases) {
        actor.require(Permission.PROGRAMS_MANAGE);
        LibraryExercise e = library.find(actor.workspaceId(), id).orElseThrow(() -> new NotFoundException("exercise"));
        if (e.status() == WorkspaceExercise.Status.MERGED) {
            throw new ConflictException("exercise-merged", "The exercise was merged into another; give that one the aliases instead.");
        }
        library.setAliases(actor.workspaceId(), id, aliases, clock.instant());
        audit.record(AuditRecord.of(actor, "exercise.aliases_changed").target("exercise", id).detail("count", aliases.values().size()));
        return view(actor.workspaceId(), id);
    }

    @Override
    public ExerciseView hide(Actor actor, ExerciseId id) {
        actor.require(Permission.PROGRAMS_MANAGE);
        global(actor.workspaceId(), id);
        if (library.hide(actor.workspaceId(), id, actor.personId(), clock.instant())) {
            audit.record(AuditRecord.of(actor, "exercise.hidden").target("exercise", id));
        }
        return view(actor.workspaceId(), id);
    }

    @Override
    public ExerciseView unhide(Actor actor, ExerciseId id) {
        actor.require(Permission.PROGRAMS_MANAGE);
        global(actor.workspaceId(), id);
        if (library.unhide(actor.workspaceId(), id)) {
            audit.record(AuditRecord.of(actor, "exercise.unhidden").target("exercise", id));
        }
        return view(actor.workspaceId(), id);
    }

    @Override
    public ExerciseView merge(Actor actor, MergeExerciseCommand c) {
        actor.require(Permission.PROGRAMS_MANAGE);
        WorkspaceId w = actor.workspaceId();
        WorkspaceExercise duplicate = own(w, c.duplicate());
        LibraryExercise survivor = library.find(w, c.survivor())
                .orElseThrow(() -> InvalidInputException.of("into", "must be the id of an exercise of this library"));
        if (survivor.status() != WorkspaceExercise.Status.ACTIVE) {
            throw InvalidInputException.of("into", "must be an active exercise (this one is " + survivor.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        Instant now = clock.instant();
        duplicate.mergeInto(survivor.id(), now);
        library.update(duplicate);
        for (WorkspaceExercise earlier : library.mergedInto(w, duplicate.id())) {
            earlier.redirect(survivor.id(), now);
            library.update(earlier);
        }
        // the duplicate's names keep finding the survivor
        List<String> names = new ArrayList<>(library.aliases(w, survivor.id()).values());
        names.add(duplicate.details().name());
        names.addAll(library.aliases(w, duplicate.id()).values());
        String survivorKey = ExerciseAliases.key(survivor.details().name());
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String n : names) {
            if (!ExerciseAliases.key(n).equals(survivorKey) && byKey.size() < ExerciseAliases.MAX) {
                byKey.putIfAbsent(ExerciseAliases.key(n), n);
            }
        }
        library.setAliases(w, survivor.id(), new ExerciseAliases(List.copyOf(byKey.values())), now);
        library.setAliases(w, duplicate.id(), new ExerciseAliases(List.of()), now);
        audit.record(AuditRecord.of(actor, "exercise.merged").target("exercise", duplicate.id()).detail("into", survivor.id()));
        return view(w, survivor.id());
    }

    @Override
    public List<ExerciseView> listSubstitutes(Actor actor, ExerciseId id) {
        actor.require(Permission.PROGRAMS_READ);
        ExerciseView e = resolved(actor.workspaceId(), id);
        if (e.variationGroup() == null) {
            return List.of();
        }
        return library.variationGroup(actor.workspaceId(), e.variationGroup(), e.id(), MAX).stream().map(ExerciseView::of).toList();
    }

    /** The exercise, or its survivor when it was merged (merges keep one hop: a survivor is never merged itself). */
    private ExerciseView resolved(WorkspaceId w, ExerciseId id) {
        LibraryExercise e = library.find(w, id).orElseThrow(() -> new NotFoundException("exercise"));
        if (e.status() != WorkspaceExercise.Status.MERGED) {
            return ExerciseView.of(e);
        }
        LibraryExercise survivor = library.find(w, e.mergedInto()).orElseThrow(() -> new NotFoundException("exercise"));
        return ExerciseView.of(survivor, id);
    }

    private ExerciseView view(WorkspaceId w, ExerciseId id) {
        return ExerciseView.of(library.find(w, id).orElseThrow(() -> new NotFoundException("exercise")));
    }

    private WorkspaceExercise own(WorkspaceId w, ExerciseId id) {
        Optional<WorkspaceExercise> own = library.findOwn(w, id);
        if (own.isPresent()) {
            return own.get();
        }
        if (library.find(w, id).isPresent()) {
            throw new ConflictException("global-exercise-read-only",
                    "Exercises of the global catalogue cannot be changed; hide it, give it aliases, or create your own.");
        }
        throw new NotFoundException("exercise");
    }

    private LibraryExercise global(WorkspaceId w, ExerciseId id) {
        LibraryExercise e = library.find(w, id).orElseThrow(() -> new NotFoundException("exercise"));
        if (e.source() != LibraryExercise.Source.GLOBAL) {
            throw new ConflictException("not-a-global-exercise",
                    "Only exercises of the global catalogue are hidden; archive the workspace's own exercises instead.");
        }
        return e;
    }

    private static <T> T pick(com.coachkeep.shared.application.Patch<T> patch, T current, List<String> changed, String field) {
        if (!patch.isPresent()) {
            return current;
        }
        changed.add(field);
        return patch.value();
    }
}
