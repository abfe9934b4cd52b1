package com.coachkeep.training.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Assigning one template version to many clients as a job: the clients in the order given, worked through in batches
 * (each batch its own transaction, so progress shows while it runs and a batch that fails leaves the others).
 * {@code processed} counts the clients dealt with so far, each either assigned or failed with its reason (a client who
 * left the workspace, or whom the requester can no longer see). A job whose runner stopped (its node went away) is
 * {@code interrupted} once its heartbeat is older than {@link #STALE}: what it assigned stays, and the rest can be sent
 * again as a new job ({@link #remaining}).
 */
public final class ProgramAssignmentJob {
    public static final int MAX_CLIENTS = 1000;
    public static final Duration STALE = Duration.ofMinutes(2);

    public enum State {
        QUEUED, RUNNING, DONE, INTERRUPTED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A client the job could not assign, and why. */
    public record Failure(ClientId clientId, String reason) {
    }

    private final ProgramAssignmentJobId id;
    private final WorkspaceId workspaceId;
    private final ProgramTemplateId templateId;
    private final int templateVersion;
    private final LocalDate startDate;
    private final ProgramSchedule schedule;
    private final List<ClientId> clientIds;
    private final PersonId requestedBy;
    private final Instant createdAt;
    private int processed;
    private int assigned;
    private final List<Failure> failures;
    private State state;
    private Instant updatedAt;
    private Instant finishedAt;

    public ProgramAssignmentJob(ProgramAssignmentJobId id, WorkspaceId workspaceId, ProgramTemplateId templateId, int templateVersion,
            LocalDate startDate, ProgramSchedule schedule, List<ClientId> clientIds, PersonId requestedBy, Instant createdAt,
            int processed, int assigned, List<Failure> failures, State state, Instant updatedAt, Instant finishedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.templateId = Objects.requireNonNull(templateId);
        this.templateVersion = templateVersion;
        this.startDate = Objects.requireNonNull(startDate);
        this.schedule = Objects.requireNonNull(schedule);
        this.clientIds = List.copyOf(clientIds);
        this.requestedBy = requestedBy;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.processed = processed;
        this.assigned = assigned;
        this.failures = new ArrayList<>(failures);
        this.state = Objects.requireNonNull(state);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.finishedAt = finishedAt;
    }

    /** A queued job for the clients named (at least one, at most {@link #MAX_CLIENTS}, none twice). */
    public static ProgramAssignmentJob queue(WorkspaceId workspaceId, ProgramTemplateId templateId, int templateVersion,
            LocalDate startDate, ProgramSchedule schedule, List<ClientId> clientIds, PersonId requestedBy, Instant now) {
        Validator v = new Validator();
        v.require(clientIds != null && !clientIds.isEmpty(), "clientIds", "name at least one client");
        v.require(clientIds == null || clientIds.size() <= MAX_CLIENTS, "clientIds", "at most " + MAX_CLIENTS + " clients per job");
        v.require(startDate != null, "startDate", "is required");
        if (clientIds != null) {
            Set<ClientId> seen = new LinkedHashSet<>();
            for (int i = 0; i < clientIds.size() && i <= MAX_CLIENTS; i++) {
                v.require(seen.add(clientIds.get(i)), "clientIds[" + i + "]", "is named twice");
            }
        }
        v.throwIfInvalid();
        return new ProgramAssignmentJob(ProgramAssignmentJobId.newId(), workspaceId, templateId, templateVersion, startDate,
                schedule == null ? ProgramSchedule.CALENDAR : schedule, clientIds, requestedBy, now, 0, 0, List.of(), State.QUEUED, now, null);
    }

    /** The next clients to deal with, at most {@code size}; empty once every client was dealt with. */
    public List<ClientId> nextBatch(int size) {
        if (size < 1) {
            throw InvalidInputException.of("size", "must be at least 1");
        }
        return clientIds.subList(processed, Math.min(clientIds.size(), processed + size));
    }

    /** Records a batch dealt with: the clients assigned and those that failed (together, the batch). */
    public void recordBatch(int assignedInBatch, List<Failure> failed, Instant now) {
        processed += assignedInBatch + failed.size();
        if (processed > clientIds.size()) {
            throw new IllegalStateException("more clients recorded than the job holds");
        }
        assigned += assignedInBatch;
        failures.addAll(failed);
        updatedAt = now;
        state = processed == clientIds.size() ? State.DONE : State.RUNNING;
        if (state == State.DONE) {
            finishedAt = now;
        }
    }

    /** The state as a reader sees it at {@code now}: a running or queued job nobody worked on for {@link #STALE} was interrupted. */
    public State stateAt(Instant now) {
        if ((state == State.RUNNING || state == State.QUEUED) && updatedAt.plus(STALE).isBefore(now)) {
            return State.INTERRUPTED;
        }
        return state;
    }

    /** The clients not yet dealt with (to send again after an interruption). */
    public List<ClientId> remaining() {
        return clientIds.subList(processed, clientIds.size());
    }

    public ProgramAssignmentJobId id() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public ProgramTemplateId templateId() {
        return templateId;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public ProgramSchedule schedule() {
        return schedule;
    }

    public List<ClientId> clientIds() {
        return clientIds;
    }

    public PersonId requestedBy() {
        return requestedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int processed() {
        return processed;
    }

    public int assigned() {
        return assigned;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public State state() {
        return state;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
