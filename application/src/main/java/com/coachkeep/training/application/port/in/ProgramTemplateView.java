package com.coachkeep.training.application.port.in;

import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.time.Instant;

/**
 * A template and the plan of one of its versions ({@code version}; the current one unless a version was asked for).
 * {@code plan} is null in list answers.
 */
public record ProgramTemplateView(ProgramTemplateId id, String name, String description, String status, int currentVersion,
        int version, ProgramPlan plan, Instant createdAt, Instant updatedAt) {
    public static ProgramTemplateView of(ProgramTemplate t, int version, ProgramPlan plan) {
        return new ProgramTemplateView(t.id(), t.name(), t.description(), t.status().name().toLowerCase(java.util.Locale.ROOT),
                t.currentVersion(), version, plan, t.createdAt(), t.updatedAt());
    }
}
