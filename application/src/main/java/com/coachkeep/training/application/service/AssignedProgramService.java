package com.coachkeep.training.application.service;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.training.application.port.in.AdjustAssignedProgramUseCase;
import com.coachkeep.training.application.port.in.AssignProgramUseCase;
import com.coachkeep.training.application.port.in.AssignedProgramView;
import com.coachkeep.training.application.port.in.GetAssignedProgramUseCase;
import com.coachkeep.training.application.port.in.ReviewTemplateChangesUseCase;
import com.coachkeep.training.application.port.in.TemplateChangeView;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.application.port.out.PrescribedExercisesPort;
import com.coachkeep.training.application.port.out.ProgramTemplateRepository;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramTemplateId;
import com.coachkeep.training.domain.TemplateMerge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clients' programs: assignment of a template version, the coach's adjustments of one client's copy, and template
 * changes reviewed per client and applied to the clients chosen. Staff need {@code programs_manage} to change and
 * {@code programs_read} to read programs of the clients they can see; a client reads their own.
 */
@ApplicationScoped
@Transactional
public class AssignedProgramService implements AssignProgramUseCase, GetAssignedProgramUseCase, AdjustAssignedProgramUseCase,
        ReviewTemplateChangesUseCase {
    private final AssignedProgramRepository programs;
    private final ProgramTemplateRepository templates;
    private final PrescribedExercisesPort exercises;
    private final TrainingClients clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public AssignedProgramService(AssignedProgramRepository programs, ProgramTemplateRepository templates,
            PrescribedExercisesPort exercises, TrainingClients clients, AuditTrail audit, Clock clock) {
        this.programs = programs;
        this.templates = templates;
        this.exercises = exercises;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected AssignedProgramService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public AssignedProgramView assignToClient(Actor actor, ClientId clientId, ProgramTemplateId templateId, Integer templateVersion,
            LocalDate startDate, ProgramSchedule schedule) {
        actor.require(Permission.PROGRAMS_MANAGE);
        ClientView client = clients.visible(actor, clientId);
        Source source = source(actor, templateId, templateVersion);
        return assign(actor, source, client.id(), startDate, schedule);
    }

    @Override
    public List<AssignedProgramView> assignToClients(Actor actor, List<ClientId> clientIds, ProgramTemplateId templateId,
            Integer templateVersion, LocalDate startDate, ProgramSchedule schedule) {
        actor.require(Permission.PROGRAMS_MANAGE);
        Source source = source(actor, templateId, templateVersion);
        List<ClientId> chosen = chosenClients(actor, clientIds);
        List<AssignedProgramView> out = new ArrayList<>();
        for (ClientId id : chosen) {
            out.add(assign(actor, source, id, startDate, schedule));
        }
        return out;
    }

    @Override
    public List<AssignedProgramView> list(Actor actor, ClientId clientId) {
        requireReader(actor);
        ClientView client = clients.visible(actor, clientId);
        Map<String, ProgramPlan> bases = new HashMap<>();
        return programs.forClient(actor.workspaceId(), client.id()).stream().map(p -> view(p, bases)).toList();
    }

    @Override
    public AssignedProgramView get(Actor actor, ClientId clientId, AssignedProgramId id) {
        requireReader(actor);
        ClientView client = clients.visible(actor, clientId);
        return view(load(actor, client.id(), id), new HashMap<>());
    }

    @Override
    public AssignedProgramView adjust(Actor actor, ClientId clientId, AssignedProgramId id, ProgramPlan plan, LocalDate startDate,
            Long expectedVersion) {
        actor.require(Permission.PROGRAMS_MANAGE);
        ClientView client = clients.visible(actor, clientId);
        AssignedProgram program = load(actor, client.id(), id);
        StaleVersionException.check(expectedVersion, program.version());
        if (plan == null && startDate == null) {
            throw InvalidInputException.of("plan", "give a plan, a startDate or both");
        }
        try {
            program.adjust(plan, startDate, clock.instant());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream()
                    .map(v -> new Violation("plan." + v.field(), v.message())).toList());
        }
        if (plan != null) {
            ProgramTemplateService.requireKnownExercises(exercises, actor.workspaceId(), plan);
        }
        programs.update(program);
        audit.record(AuditRecord.of(actor, "program.adjusted").target("client", client.id()).detail("program", program.id()));
        return view(program, new HashMap<>());
    }

    @Override
    public List<TemplateChangeView> preview(Actor actor, ProgramTemplateId templateId, Integer version, ClientId onlyClient) {
        actor.require(Permission.PROGRAMS_READ);
        Source target = source(actor, templateId, version, false);
        Map<String, ProgramPlan> bases = new HashMap<>();
        List<TemplateChangeView> out = new ArrayList<>();
        List<AssignedProgram> assigned = programs.forTemplate(actor.workspaceId(), templateId);
        Set<ClientId> visible = clients.visibleAmong(actor, assigned.stream().map(AssignedProgram::clientId).distinct().toList());
        for (AssignedProgram p : assigned) {
            if (p.templateVersion() == target.version() || (onlyClient != null && !onlyClient.equals(p.clientId()))
                    || !visible.contains(p.clientId())) {
                continue;
            }
            TemplateMerge.Result r = p.previewTemplate(base(actor, p, bases), target.plan());
            out.add(new TemplateChangeView(p.clientId(), p.id(), p.templateVersion(), target.version(), r.changesAnything(),
                    r.changes(), r.plan()));
        }
        return out;
    }

    @Override
    public List<TemplateChangeView> apply(Actor actor, ProgramTemplateId templateId, Integer version, List<ClientId> clientIds) {
        actor.require(Permission.PROGRAMS_MANAGE);
        Source target = source(actor, templateId, version, false);
        List<ClientId> chosen = chosenClients(actor, clientIds);
        Set<ClientId> wanted = new LinkedHashSet<>(chosen);
        Map<String, ProgramPlan> bases = new HashMap<>();
        Instant now = clock.instant();
        List<TemplateChangeView> out = new ArrayList<>();
        for (AssignedProgram p : programs.forTemplate(actor.workspaceId(), templateId)) {
            if (!wanted.contains(p.clientId()) || p.templateVersion() == target.version()) {
                continue;
            }
            int from = p.templateVersion();
            TemplateMerge.Result r = p.applyTemplate(base(actor, p, bases), target.version(), target.plan(), now);
            programs.update(p);
            audit.record(AuditRecord.of(actor, "program.template_applied").target("client", p.clientId())
                    .detail("program", p.id()).detail("fromVersion", from).detail("toVersion", target.version()));
            out.add(new TemplateChangeView(p.clientId(), p.id(), from, target.version(), r.changesAnything(), r.changes(), r.plan()));
        }
        return out;
    }

    private AssignedProgramView assign(Actor actor, Source source, ClientId clientId, LocalDate startDate, ProgramSchedule schedule) {
        AssignedProgram p = AssignedProgram.assign(source.template(), source.version(), source.plan(), clientId, startDate,
                schedule, actor.personId(), clock.instant());
        programs.add(p);
        audit.record(AuditRecord.of(actor, "program.assigned").target("client", clientId).detail("program", p.id())
                .detail("template", source.template().id()).detail("templateVersion", source.version())
                .detail("schedule", p.schedule().wireName()));
        return AssignedProgramView.of(p, false);
    }

    /** The clients named, each one the actor can see; a missing or invisible one is named as not found. */
    private List<ClientId> chosenClients(Actor actor, List<ClientId> clientIds) {
        if (clientIds == null || clientIds.isEmpty()) {
            throw InvalidInputException.of("clientIds", "name at least one client");
        }
        if (clientIds.size() > MAX_CLIENTS) {
            throw InvalidInputException.of("clientIds", "at most " + MAX_CLIENTS + " clients per request");
        }
        List<Violation> violations = new ArrayList<>();
        Set<ClientId> distinct = new LinkedHashSet<>();
        Set<ClientId> visible = clients.visibleAmong(actor, clientIds);
        for (int i = 0; i < clientIds.size(); i++) {
            ClientId id = clientIds.get(i);
            if (!distinct.add(id)) {
                violations.add(new Violation("clientIds[" + i + "]", "is named twice"));
            } else if (!visible.contains(id)) {
                violations.add(new Violation("clientIds[" + i + "]", "is not a client of this workspace"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return List.copyOf(distinct);
    }

    private record Source(ProgramTemplate template, int version, ProgramPlan plan) {
    }

    private Source source(Actor actor, ProgramTemplateId templateId, Integer version) {
        return source(actor, templateId, version, true);
    }

    private Source source(Actor actor, ProgramTemplateId templateId, Integer version, boolean forAssignment) {
        ProgramTemplate t = templates.find(actor.workspaceId(), templateId).orElseThrow(() -> new NotFoundException("program template"));
        if (forAssignment) {
            t.requireActive();
        }
        int v = version == null ? t.currentVersion() : version;
        ProgramPlan plan = templates.findVersion(actor.workspaceId(), templateId, v)
                .orElseThrow(() -> InvalidInputException.of(forAssignment ? "templateVersion" : "version",
                        "is not a version of this template"));
        return new Source(t, v, plan);
    }

    private ProgramPlan base(Actor actor, AssignedProgram p, Map<String, ProgramPlan> cache) {
        return cache.computeIfAbsent(p.templateId() + "@" + p.templateVersion(), k -> templates
                .findVersion(actor.workspaceId(), p.templateId(), p.templateVersion())
                .orElseThrow(() -> new IllegalStateException("program " + p.id() + " points at a missing template version")));
    }

    private AssignedProgramView view(AssignedProgram p, Map<String, ProgramPlan> bases) {
        ProgramPlan base = bases.computeIfAbsent(p.templateId() + "@" + p.templateVersion(), k -> templates
                .findVersion(p.workspaceId(), p.templateId(), p.templateVersion()).orElse(null));
        return AssignedProgramView.of(p, base != null && p.adjustedFrom(base));
    }

    private AssignedProgram load(Actor actor, ClientId clientId, AssignedProgramId id) {
        return programs.find(actor.workspaceId(), id).filter(p -> p.clientId().equals(clientId))
                .orElseThrow(() -> new NotFoundException("program"));
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Permission.PROGRAMS_READ) && !actor.has(Permission.SELF_READ)) {
            throw new com.coachkeep.shared.application.AccessDeniedException(Permission.PROGRAMS_READ);
        }
    }
}
