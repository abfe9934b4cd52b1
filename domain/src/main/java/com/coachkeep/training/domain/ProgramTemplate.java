package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A program in a workspace's library. Its content lives in numbered, immutable versions: each save of the plan
 * makes the next version ({@link #revise}), and a client's program is a copy of one version, so that a later edit
 * can be compared with what each client received. A template is active or archived: an archived one stays readable
 * (clients' programs point at its versions) but is no longer offered and cannot be edited or assigned.
 * Invariants: a name of 1 to 200 characters, a description of at most 2000, {@code currentVersion >= 1}.
 */
public final class ProgramTemplate {
    public static final int MAX_NAME = ProgramDay.MAX_NAME;
    public static final int MAX_DESCRIPTION = 2000;

    public enum Status { ACTIVE, ARCHIVED }

    private final ProgramTemplateId id;
    private final WorkspaceId workspaceId;
    private String name;
    private String description;
    private Status status;
    private int currentVersion;
    private final PersonId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    public ProgramTemplate(ProgramTemplateId id, WorkspaceId workspaceId, String name, String description, Status status,
            int currentVersion, PersonId createdBy, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.name = name;
        this.description = description;
        this.status = Objects.requireNonNull(status);
        this.currentVersion = currentVersion;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A new template whose first version is {@code plan}; every invalid field (name, description, plan) is named at once. */
    public static ProgramTemplate create(WorkspaceId workspaceId, String name, String description, ProgramPlan plan,
            PersonId by, Instant now) {
        Validator v = new Validator();
        String n = v.check("name", name, s -> Text.singleLine(s, MAX_NAME));
        String d = v.check("description", description, ProgramTemplate::checkDescription);
        v.check("plan", plan, ProgramTemplate::checkPlan);
        v.throwIfInvalid();
        return new ProgramTemplate(ProgramTemplateId.newId(), workspaceId, n, d, Status.ACTIVE, 1, by, now, now);
    }

    /**
     * Saves a new version: the name, description and plan as given. Returns the new version's number.
     * An archived template is not edited.
     */
    public int revise(String newName, String newDescription, ProgramPlan plan, Instant now) {
        requireActive();
        Validator v = new Validator();
        String n = v.check("name", newName, s -> Text.singleLine(s, MAX_NAME));
        String d = v.check("description", newDescription, ProgramTemplate::checkDescription);
        v.check("plan", plan, ProgramTemplate::checkPlan);
        v.throwIfInvalid();
        name = n;
        description = d;
        currentVersion++;
        updatedAt = now;
        return currentVersion;
    }

    /** A copy of this template (its current plan becomes the copy's first version), named "… (copy)" unless named. */
    public ProgramTemplate duplicate(String newName, PersonId by, Instant now) {
        String n = newName == null ? copyName() : newName;
        try {
            n = Text.singleLine(n, MAX_NAME);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("name", e.getMessage());
        }
        return new ProgramTemplate(ProgramTemplateId.newId(), workspaceId, n, description, Status.ACTIVE, 1, by, now, now);
    }

    public void archive(Instant now) {
        if (status != Status.ARCHIVED) {
            status = Status.ARCHIVED;
            updatedAt = now;
        }
    }

    public void requireActive() {
        if (status == Status.ARCHIVED) {
            throw new TemplateArchivedException();
        }
    }

    private String copyName() {
        String suffix = " (copy)";
        return (name.length() + suffix.length() > MAX_NAME ? name.substring(0, MAX_NAME - suffix.length()) : name) + suffix;
    }

    private static String checkDescription(String raw) {
        return raw == null || raw.isBlank() ? null : Text.required(raw, MAX_DESCRIPTION);
    }

    private static ProgramPlan checkPlan(ProgramPlan plan) {
        if (plan == null) {
            throw new IllegalArgumentException("is required");
        }
        return plan.validate();
    }

    public ProgramTemplateId id() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Status status() {
        return status;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public PersonId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Editing or assigning an archived template. */
    public static final class TemplateArchivedException extends com.coachkeep.shared.domain.DomainRuleException {
        public TemplateArchivedException() {
            super("template-archived", "This template is archived: duplicate it to work on it again.");
        }
    }
}
