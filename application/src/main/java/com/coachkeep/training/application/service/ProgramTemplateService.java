package com.coachkeep.training.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.training.application.port.in.ArchiveProgramTemplateUseCase;
import com.coachkeep.training.application.port.in.CreateProgramTemplateUseCase;
import com.coachkeep.training.application.port.in.DuplicateProgramTemplateUseCase;
import com.coachkeep.training.application.port.in.GetProgramTemplateUseCase;
import com.coachkeep.training.application.port.in.ListProgramTemplatesUseCase;
import com.coachkeep.training.application.port.in.ProgramTemplateCommand;
import com.coachkeep.training.application.port.in.ProgramTemplateView;
import com.coachkeep.training.application.port.in.ReviseProgramTemplateUseCase;
import com.coachkeep.training.application.port.in.TemplateVersionView;
import com.coachkeep.training.application.port.out.PrescribedExercisesPort;
import com.coachkeep.training.application.port.out.ProgramTemplateRepository;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramTemplateId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The workspace's program templates: staff with {@code programs_read} read them, {@code programs_manage} change them. */
@ApplicationScoped
@Transactional
public class ProgramTemplateService implements CreateProgramTemplateUseCase, ReviseProgramTemplateUseCase,
        DuplicateProgramTemplateUseCase, ArchiveProgramTemplateUseCase, GetProgramTemplateUseCase, ListProgramTemplatesUseCase {
    private final ProgramTemplateRepository templates;
    private final PrescribedExercisesPort exercises;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ProgramTemplateService(ProgramTemplateRepository templates, PrescribedExercisesPort exercises, AuditTrail audit,
            Clock clock) {
        this.templates = templates;
        this.exercises = exercises;
        this.audit = audit;
        this.clock = clock;
    }

    protected ProgramTemplateService() {
        this(null, null, null, null);
    }

    @Override
    public ProgramTemplateView create(Actor actor, ProgramTemplateCommand c) {
        actor.require(Permission.PROGRAMS_MANAGE);
        ProgramTemplate t = ProgramTemplate.create(actor.workspaceId(), c.name(), c.description(), c.plan(), actor.personId(),
                clock.instant());
        requireKnownExercises(exercises, actor.workspaceId(), c.plan());
        templates.add(t, c.plan());
        audit.record(AuditRecord.of(actor, "program_template.created").target("program_template", t.id()));
        return ProgramTemplateView.of(t, 1, c.plan());
    }

    @Override
    public ProgramTemplateView revise(Actor actor, ProgramTemplateId id, ProgramTemplateCommand c) {
        actor.require(Permission.PROGRAMS_MANAGE);
        ProgramTemplate t = load(actor, id);
        StaleVersionException.check(c.expectedVersion(), t.currentVersion());
        int version = t.revise(c.name(), c.description(), c.plan(), clock.instant());
        requireKnownExercises(exercises, actor.workspaceId(), c.plan());
        templates.update(t, c.plan());
        audit.record(AuditRecord.of(actor, "program_template.revised").target("program_template", t.id()).detail("version", version));
        return ProgramTemplateView.of(t, version, c.plan());
    }

    @Override
    public ProgramTemplateView duplicate(Actor actor, ProgramTemplateId id, String name) {
        actor.require(Permission.PROGRAMS_MANAGE);
        ProgramTemplate original = load(actor, id);
        ProgramPlan plan = planOf(actor, original, original.currentVersion());
        ProgramTemplate copy = original.duplicate(name, actor.personId(), clock.instant());
        templates.add(copy, plan);
        audit.record(AuditRecord.of(actor, "program_template.created").target("program_template", copy.id())
                .detail("duplicateOf", original.id()));
        return ProgramTemplateView.of(copy, 1, plan);
    }

    @Override
    public ProgramTemplateView archive(Actor actor, ProgramTemplateId id) {
        actor.require(Permission.PROGRAMS_MANAGE);
        ProgramTemplate t = load(actor, id);
        Instant now = clock.instant();
        t.archive(now);
        templates.update(t, null);
        audit.record(AuditRecord.of(actor, "program_template.archived").target("program_template", t.id()));
        return ProgramTemplateView.of(t, t.currentVersion(), planOf(actor, t, t.currentVersion()));
    }

    @Override
    public ProgramTemplateView get(Actor actor, ProgramTemplateId id) {
        actor.require(Permission.PROGRAMS_READ);
        ProgramTemplate t = load(actor, id);
        return ProgramTemplateView.of(t, t.currentVersion(), planOf(actor, t, t.currentVersion()));
    }

    @Override
    public ProgramTemplateView getVersion(Actor actor, ProgramTemplateId id, int version) {
        actor.require(Permission.PROGRAMS_READ);
        ProgramTemplate t = load(actor, id);
        ProgramPlan plan = templates.findVersion(actor.workspaceId(), id, version)
                .orElseThrow(() -> InvalidInputException.of("version", "is not a saved version of this template"));
        return ProgramTemplateView.of(t, version, plan);
    }

    @Override
    public List<TemplateVersionView> versions(Actor actor, ProgramTemplateId id) {
        actor.require(Permission.PROGRAMS_READ);
        load(actor, id);
        return templates.versions(actor.workspaceId(), id).stream()
                .map(v -> new TemplateVersionView(v.version(), v.createdAt())).toList();
    }

    @Override
    public Page<ProgramTemplateView> list(Actor actor, boolean archived, PageRequest page) {
        actor.require(Permission.PROGRAMS_READ);
        return templates.list(actor.workspaceId(), archived, page).map(t -> ProgramTemplateView.of(t, t.currentVersion(), null));
    }

    private ProgramTemplate load(Actor actor, ProgramTemplateId id) {
        return templates.find(actor.workspaceId(), id).orElseThrow(() -> new NotFoundException("program template"));
    }

    private ProgramPlan planOf(Actor actor, ProgramTemplate t, int version) {
        return templates.findVersion(actor.workspaceId(), t.id(), version)
                .orElseThrow(() -> new IllegalStateException("template " + t.id() + " has no version " + version));
    }

    /** Names each exercise of the plan that the workspace cannot use, by its path in the plan. */
    static void requireKnownExercises(PrescribedExercisesPort exercises, WorkspaceId workspaceId, ProgramPlan plan) {
        Set<ExerciseId> ids = new java.util.LinkedHashSet<>();
        forEachEntry(plan, (path, e) -> ids.add(e.exercise()));
        Set<ExerciseId> unknown = ids.isEmpty() ? Set.of() : exercises.unknown(workspaceId, ids);
        if (unknown.isEmpty()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        forEachEntry(plan, (path, e) -> {
            if (unknown.contains(e.exercise())) {
                violations.add(new Violation("plan." + path + ".exerciseId", "is not an exercise of the catalogue or of this workspace"));
            }
        });
        throw new InvalidInputException(violations);
    }

    static void forEachEntry(ProgramPlan plan, java.util.function.BiConsumer<String, com.coachkeep.training.domain.BlockEntry> each) {
        for (int p = 0; p < plan.phases().size(); p++) {
            var phase = plan.phases().get(p);
            for (int w = 0; w < phase.weeks().size(); w++) {
                var week = phase.weeks().get(w);
                for (int d = 0; d < week.days().size(); d++) {
                    var day = week.days().get(d);
                    for (int b = 0; b < day.blocks().size(); b++) {
                        var block = day.blocks().get(b);
                        for (int e = 0; e < block.entries().size(); e++) {
                            each.accept("phases[" + p + "].weeks[" + w + "].days[" + d + "].blocks[" + b + "].entries[" + e + "]",
                                    block.entries().get(e));
                        }
                    }
                }
            }
        }
    }
}
