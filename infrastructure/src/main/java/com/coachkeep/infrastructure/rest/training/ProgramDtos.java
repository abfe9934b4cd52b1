package com.coachkeep.infrastructure.rest.training;

import com.coachkeep.infrastructure.rest.training.PlanDtos.PlanBody;
import com.coachkeep.training.application.port.in.AssignedProgramView;
import com.coachkeep.training.application.port.in.ProgramTemplateView;
import com.coachkeep.training.application.port.in.TemplateChangeView;
import com.coachkeep.training.application.port.in.TemplateVersionView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the program templates and clients' programs. */
public final class ProgramDtos {
    private ProgramDtos() {
    }

    @Schema(name = "ProgramTemplateRequest", description = "A template's whole content; each save is a new version")
    public record ProgramTemplateRequest(@Schema(required = true, maxLength = 200, example = "Strength base, 12 weeks") String name,
            @Schema(maxLength = 2000) String description, @Schema(required = true) PlanBody plan) {
    }

    @Schema(name = "DuplicateProgramTemplateRequest")
    public record DuplicateProgramTemplateRequest(
            @Schema(maxLength = 200, description = "The copy's name; \"<name> (copy)\" when absent", example = "Strength base (women)")
            String name) {
    }

    @Schema(name = "ProgramTemplate")
    public record ProgramTemplateResponse(String id, String name, String description,
            @Schema(enumeration = {"active", "archived"}) String status, int currentVersion,
            @Schema(description = "The version whose plan this is") int version,
            @Schema(description = "Absent in lists") PlanBody plan, Instant createdAt, Instant updatedAt) {
        static ProgramTemplateResponse of(ProgramTemplateView v) {
            return new ProgramTemplateResponse(v.id().toString(), v.name(), v.description(), v.status(), v.currentVersion(), v.version(),
                    PlanDtos.of(v.plan()), v.createdAt(), v.updatedAt());
        }
    }

    @Schema(name = "ProgramTemplatePage")
    public record ProgramTemplatePage(List<ProgramTemplateResponse> items, String nextCursor) {
    }

    @Schema(name = "ProgramTemplateVersion")
    public record VersionResponse(int version, Instant createdAt) {
        static VersionResponse of(TemplateVersionView v) {
            return new VersionResponse(v.version(), v.createdAt());
        }
    }

    @Schema(name = "ProgramTemplateVersionList")
    public record VersionList(List<VersionResponse> items) {
    }

    @Schema(name = "AssignProgramRequest")
    public record AssignProgramRequest(
            @Schema(required = true, example = "3f1c2b9e-8a7d-4c55-9a0e-2b6f4d1e7c10") String templateId,
            @Schema(description = "The template version to copy; the current one when absent") Integer templateVersion,
            @Schema(required = true, description = "Week 1, day 1 falls on this date (YYYY-MM-DD)", example = "2026-12-14") String startDate,
            @Schema(description = "calendar (default): week 1, day 1 falls on the start date and each plan week is seven days; "
                    + "sequence: the training days follow one another, the next once the last is logged",
                    enumeration = {"calendar", "sequence"}) String schedule) {
    }

    @Schema(name = "AssignProgramToClientsRequest")
    public record AssignToClientsRequest(
            @Schema(required = true, description = "Up to 500 clients") List<String> clientIds,
            @Schema(description = "The template version to copy; the current one when absent") Integer templateVersion,
            @Schema(required = true, description = "Week 1, day 1 falls on this date (YYYY-MM-DD)", example = "2026-12-14") String startDate,
            @Schema(description = "calendar (default): week 1, day 1 falls on the start date and each plan week is seven days; "
                    + "sequence: the training days follow one another, the next once the last is logged",
                    enumeration = {"calendar", "sequence"}) String schedule) {
    }

    @Schema(name = "ProgramAssignmentJobRequest")
    public record AssignmentJobRequest(
            @Schema(required = true, description = "Up to 1,000 clients, none twice") List<String> clientIds,
            @Schema(description = "The template version to copy; the current one when absent") Integer templateVersion,
            @Schema(required = true, description = "Week 1, day 1 falls on this date (YYYY-MM-DD)", example = "2026-12-14") String startDate,
            @Schema(description = "calendar (default) or sequence", enumeration = {"calendar", "sequence"}) String schedule) {
    }

    @Schema(name = "AdjustProgramRequest", description = "The client's copy, adjusted: the whole plan (keep the keys of what stays), the start date, or both")
    public record AdjustProgramRequest(PlanBody plan,
            @Schema(description = "YYYY-MM-DD", example = "2026-12-14") String startDate) {
    }

    @Schema(name = "ApplyTemplateChangesRequest")
    public record ApplyChangesRequest(@Schema(required = true, description = "The clients whose programs take the version")
            List<String> clientIds,
            @Schema(description = "The template version to apply; the current one when absent") Integer version) {
    }

    @Schema(name = "AssignedProgram", description = "A client's program: a copy of a template version, on the calendar or as a sequence")
    public record AssignedProgramResponse(String id, String clientId, String templateId, int templateVersion, String name,
            String startDate, @Schema(enumeration = {"calendar", "sequence"}) String schedule,
            @Schema(description = "The last day on the calendar; for a sequence, where the plan's pace would end it") String endDate,
            @Schema(description = "Whether the coach adjusted this copy for the client") boolean adjusted, PlanBody plan,
            Instant createdAt, Instant updatedAt) {
        static AssignedProgramResponse of(AssignedProgramView v) {
            return new AssignedProgramResponse(v.id().toString(), v.clientId().toString(), v.templateId().toString(), v.templateVersion(),
                    v.name(), v.startDate().toString(), v.schedule().wireName(), v.endDate().toString(), v.adjusted(), PlanDtos.of(v.plan()), v.createdAt(),
                    v.updatedAt());
        }
    }

    @Schema(name = "ProgramAssignmentJob", description = "Assigning a template version to many clients, batch by batch")
    public record AssignmentJobResponse(String id, String templateId, int templateVersion, String startDate,
            @Schema(enumeration = {"calendar", "sequence"}) String schedule,
            @Schema(enumeration = {"queued", "running", "done", "interrupted"},
                    description = "interrupted: nothing worked on it for two minutes (its server went away); what it assigned stays")
            String state,
            @Schema(description = "Clients named") int total,
            @Schema(description = "Clients dealt with so far: assigned or failed") int processed, int assigned,
            List<AssignmentFailure> failures, Instant createdAt, Instant updatedAt, Instant finishedAt) {
        static AssignmentJobResponse of(com.coachkeep.training.application.port.in.ProgramAssignmentJobView v) {
            return new AssignmentJobResponse(v.id().toString(), v.templateId().toString(), v.templateVersion(), v.startDate().toString(),
                    v.schedule().wireName(), v.state().wireName(), v.total(), v.processed(), v.assigned(),
                    v.failures().stream().map(f -> new AssignmentFailure(f.clientId().toString(), f.reason())).toList(),
                    v.createdAt(), v.updatedAt(), v.finishedAt());
        }
    }

    @Schema(name = "ProgramAssignmentFailure")
    public record AssignmentFailure(String clientId, String reason) {
    }

    @Schema(name = "AssignedProgramList")
    public record AssignedProgramList(List<AssignedProgramResponse> items) {
    }

    @Schema(name = "PlanChange")
    public record ChangeResponse(@Schema(enumeration = {"added", "removed", "changed", "kept_adjustment"}) String kind,
            @Schema(description = "Where in the plan, e.g. \"Base / week 1 / Lower body / block 2\"") String where) {
    }

    @Schema(name = "TemplateChange", description = "What a template version would change in one client's program, keeping that client's adjustments")
    public record TemplateChangeResponse(String clientId, String programId, int fromVersion, int toVersion, boolean changesAnything,
            List<ChangeResponse> changes, @Schema(description = "The client's plan once the change is applied") PlanBody resultingPlan) {
        static TemplateChangeResponse of(TemplateChangeView v) {
            return new TemplateChangeResponse(v.clientId().toString(), v.programId().toString(), v.fromVersion(), v.toVersion(),
                    v.changesAnything(), v.changes().stream().map(c -> new ChangeResponse(PlanDtos.wire(c.kind()), c.where())).toList(),
                    PlanDtos.of(v.resultingPlan()));
        }
    }

    @Schema(name = "TemplateChangeList")
    public record TemplateChangeList(List<TemplateChangeResponse> items) {
    }
}
