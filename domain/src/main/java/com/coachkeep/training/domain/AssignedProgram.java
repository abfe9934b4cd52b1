package com.coachkeep.training.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A client's program: a snapshot of one template version, laid on the calendar from {@code startDate} (week 1,
 * day 1 is the start date; each week of the plan is seven calendar days, its days in order). The copy keeps the
 * template's {@link PlanKey}s, so the coach may adjust it for this client ({@link #adjust}) and still take later
 * template changes ({@link #applyTemplate}), which {@link TemplateMerge} merges without wiping the adjustments.
 * {@code templateVersion} is the version the copy is based on; {@code version} counts every change of this copy
 * (for {@code If-Match}).
 */
public final class AssignedProgram {
    private final AssignedProgramId id;
    private final WorkspaceId workspaceId;
    private final ClientId clientId;
    private final ProgramTemplateId templateId;
    private int templateVersion;
    private final String name;
    private LocalDate startDate;
    private final ProgramSchedule schedule;
    private ProgramPlan plan;
    private final PersonId assignedBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private long version;

    public AssignedProgram(AssignedProgramId id, WorkspaceId workspaceId, ClientId clientId, ProgramTemplateId templateId,
            int templateVersion, String name, LocalDate startDate, ProgramSchedule schedule, ProgramPlan plan, PersonId assignedBy,
            Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.clientId = Objects.requireNonNull(clientId);
        this.templateId = Objects.requireNonNull(templateId);
        this.templateVersion = templateVersion;
        this.name = Objects.requireNonNull(name);
        this.startDate = Objects.requireNonNull(startDate);
        this.schedule = Objects.requireNonNull(schedule);
        this.plan = Objects.requireNonNull(plan);
        this.assignedBy = assignedBy;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /**
     * Assigns {@code templatePlan} (version {@code templateVersion} of an active template) to a client from {@code startDate},
     * on the calendar or as a sequence.
     */
    public static AssignedProgram assign(ProgramTemplate template, int templateVersion, ProgramPlan templatePlan,
            ClientId clientId, LocalDate startDate, ProgramSchedule schedule, PersonId by, Instant now) {
        template.requireActive();
        if (startDate == null) {
            throw InvalidInputException.of("startDate", "is required");
        }
        return new AssignedProgram(AssignedProgramId.newId(), template.workspaceId(), clientId, template.id(), templateVersion,
                template.name(), startDate, schedule == null ? ProgramSchedule.CALENDAR : schedule, templatePlan, by, now, now, 1);
    }

    /** The coach's adjustment of this client's copy: the whole plan, validated, keys kept where the element is the same. */
    public void adjust(ProgramPlan adjusted, LocalDate newStartDate, Instant now) {
        if (adjusted != null) {
            plan = adjusted.validate();
        }
        if (newStartDate != null) {
            startDate = newStartDate;
        }
        updatedAt = now;
        version++;
    }

    /** What taking {@code updated} (the template's version {@code updatedVersion}) would do, given the base this copy came from. */
    public TemplateMerge.Result previewTemplate(ProgramPlan base, ProgramPlan updated) {
        return TemplateMerge.merge(base, updated, plan);
    }

    /** Takes the template's version {@code updatedVersion}, keeping this client's adjustments. */
    public TemplateMerge.Result applyTemplate(ProgramPlan base, int updatedVersion, ProgramPlan updated, Instant now) {
        TemplateMerge.Result result = previewTemplate(base, updated);
        plan = result.plan();
        templateVersion = updatedVersion;
        updatedAt = now;
        version++;
        return result;
    }

    /** Whether the coach changed this copy relative to the template version it is based on. */
    public boolean adjustedFrom(ProgramPlan base) {
        return !plan.equals(base);
    }

    /** The plan's day that falls on {@code date}, if the program runs then (weeks of seven calendar days from the start). */
    public java.util.Optional<ScheduledDay> dayOn(LocalDate date) {
        long offset = java.time.temporal.ChronoUnit.DAYS.between(startDate, date);
        if (offset < 0) {
            return java.util.Optional.empty();
        }
        int weekIndex = (int) (offset / 7);
        int dayIndex = (int) (offset % 7);
        var weeks = plan.weeks();
        if (weekIndex >= weeks.size()) {
            return java.util.Optional.empty();
        }
        ProgramWeek week = weeks.get(weekIndex);
        if (dayIndex >= week.days().size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ScheduledDay(weekIndex + 1, dayIndex + 1, week.days().get(dayIndex)));
    }

    /**
     * The workout a sequence program offers next: its first training day, in plan order, that has no log yet
     * ({@code loggedDays}: the day keys of this program's logs), once the program has started on {@code date}. Empty
     * before the start and once every training day is logged. A calendar program answers {@link #dayOn} instead.
     */
    public java.util.Optional<ScheduledDay> nextInSequence(LocalDate date, java.util.Set<PlanKey> loggedDays) {
        if (date.isBefore(startDate)) {
            return java.util.Optional.empty();
        }
        var weeks = plan.weeks();
        for (int w = 0; w < weeks.size(); w++) {
            var days = weeks.get(w).days();
            for (int d = 0; d < days.size(); d++) {
                ProgramDay day = days.get(d);
                if (!day.restDay() && !loggedDays.contains(day.key())) {
                    return java.util.Optional.of(new ScheduledDay(w + 1, d + 1, day));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A day of the plan placed on the calendar: week and day numbers from 1. */
    public record ScheduledDay(int week, int day, ProgramDay programDay) {
    }

    /** The last calendar day of the program. */
    public LocalDate endDate() {
        return startDate.plusDays(7L * plan.weekCount() - 1);
    }

    public AssignedProgramId id() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public ProgramTemplateId templateId() {
        return templateId;
    }

    public ProgramSchedule schedule() {
        return schedule;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public String name() {
        return name;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public ProgramPlan plan() {
        return plan;
    }

    public PersonId assignedBy() {
        return assignedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
