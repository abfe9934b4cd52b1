package com.coachkeep.training.application.service;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.training.application.port.in.GetProgramAssignmentJobUseCase;
import com.coachkeep.training.application.port.in.ProgramAssignmentJobView;
import com.coachkeep.training.application.port.in.RunProgramAssignmentJobUseCase;
import com.coachkeep.training.application.port.in.StartProgramAssignmentJobUseCase;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.application.port.out.ProgramAssignmentJobRepository;
import com.coachkeep.training.application.port.out.ProgramAssignmentJobPort;
import com.coachkeep.training.application.port.out.ProgramTemplateRepository;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.ProgramAssignmentJob;
import com.coachkeep.training.domain.ProgramAssignmentJobId;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramTemplateId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Assignment jobs: many clients given one template version in batches, with progress the requester can read. The
 * start checks the permission, the template and the list (no client twice, at most 1,000: what a request body holds); each batch checks its
 * clients (one the requester cannot see, or who already has a program from this job, fails with its reason, the others
 * are assigned) and is audited like a single assignment ({@code program.assigned}, with the job).
 */
@ApplicationScoped
@Transactional
public class ProgramAssignmentJobService implements StartProgramAssignmentJobUseCase, GetProgramAssignmentJobUseCase,
        RunProgramAssignmentJobUseCase {
    private final ProgramAssignmentJobRepository jobs;
    private final ProgramAssignmentJobPort runner;
    private final ProgramTemplateRepository templates;
    private final AssignedProgramRepository programs;
    private final TrainingClients clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ProgramAssignmentJobService(ProgramAssignmentJobRepository jobs, ProgramAssignmentJobPort runner,
            ProgramTemplateRepository templates, AssignedProgramRepository programs, TrainingClients clients, AuditTrail audit,
            Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.templates = templates;
        this.programs = programs;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected ProgramAssignmentJobService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public ProgramAssignmentJobView start(Actor actor, ProgramTemplateId templateId, Integer templateVersion, List<ClientId> clientIds,
            LocalDate startDate, ProgramSchedule schedule) {
        actor.require(Permission.PROGRAMS_MANAGE);
        ProgramTemplate template = templates.find(actor.workspaceId(), templateId)
                .orElseThrow(() -> new NotFoundException("program template"));
        template.requireActive();
        int version = templateVersion == null ? template.currentVersion() : templateVersion;
        if (templates.findVersion(actor.workspaceId(), templateId, version).isEmpty()) {
            throw InvalidInputException.of("templateVersion", "is not a version of this template");
        }
        Instant now = clock.instant();
        ProgramAssignmentJob job = ProgramAssignmentJob.queue(actor.workspaceId(), templateId, version, startDate, schedule, clientIds,
                actor.personId(), now);
        jobs.add(job);
        audit.record(AuditRecord.of(actor, "program.assignment_job_started").detail("job", job.id()).detail("template", templateId)
                .detail("templateVersion", version).detail("clients", job.clientIds().size()));
        runner.started(actor, job.id());
        return ProgramAssignmentJobView.of(job, now);
    }

    @Override
    public ProgramAssignmentJobView get(Actor actor, ProgramTemplateId templateId, ProgramAssignmentJobId id) {
        actor.require(Permission.PROGRAMS_MANAGE);
        ProgramAssignmentJob job = jobs.find(actor.workspaceId(), id).filter(j -> j.templateId().equals(templateId))
                .orElseThrow(() -> new NotFoundException("assignment job"));
        return ProgramAssignmentJobView.of(job, clock.instant());
    }

    @Override
    public boolean runBatch(Actor actor, ProgramAssignmentJobId id) {
        Optional<ProgramAssignmentJob> found = jobs.findForUpdate(actor.workspaceId(), id);
        if (found.isEmpty()) {
            return false;
        }
        ProgramAssignmentJob job = found.get();
        List<ClientId> batch = job.nextBatch(BATCH);
        if (batch.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Optional<ProgramTemplate> template = templates.find(actor.workspaceId(), job.templateId())
                .filter(t -> t.status() != ProgramTemplate.Status.ARCHIVED);
        Optional<ProgramPlan> plan = templates.findVersion(actor.workspaceId(), job.templateId(), job.templateVersion());
        List<ProgramAssignmentJob.Failure> failed = new ArrayList<>();
        // one read for the batch, and nothing thrown: a refusal inside this transaction would roll the whole batch back
        Set<ClientId> visible = clients.visibleAmong(actor, batch);
        int assigned = 0;
        for (ClientId clientId : batch) {
            String refusal = template.isEmpty() || plan.isEmpty() ? "the template was archived or deleted"
                    : !actor.has(Permission.PROGRAMS_MANAGE) ? "the requester may not manage programs"
                    : !visible.contains(clientId) ? "not a client of this workspace that the requester can see"
                    : null;
            if (refusal != null) {
                failed.add(new ProgramAssignmentJob.Failure(clientId, refusal));
                continue;
            }
            AssignedProgram p = AssignedProgram.assign(template.get(), job.templateVersion(), plan.get(), clientId, job.startDate(),
                    job.schedule(), actor.personId(), now);
            programs.add(p);
            audit.record(AuditRecord.of(actor, "program.assigned").target("client", clientId).detail("program", p.id())
                    .detail("template", job.templateId()).detail("templateVersion", job.templateVersion())
                    .detail("schedule", p.schedule().wireName()).detail("job", job.id()));
            assigned++;
        }
        job.recordBatch(assigned, failed, now);
        jobs.update(job);
        if (job.state() == ProgramAssignmentJob.State.DONE) {
            audit.record(AuditRecord.of(actor, "program.assignment_job_finished").detail("job", job.id())
                    .detail("assigned", job.assigned()).detail("failed", job.failures().size()));
        }
        return job.state() != ProgramAssignmentJob.State.DONE;
    }
}
