package com.coachkeep.training.application.service;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.application.port.out.PrescribedExercisesPort;
import com.coachkeep.training.application.port.out.ProgramTemplateRepository;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory fakes of the training context's outgoing ports (rows copied in and out, like a database). */
final class TrainingFakes {
    private TrainingFakes() {
    }

    static final class Templates implements ProgramTemplateRepository {
        final Map<ProgramTemplateId, ProgramTemplate> rows = new LinkedHashMap<>();
        final Map<String, ProgramPlan> versions = new HashMap<>();
        final Map<String, java.time.Instant> versionTimes = new HashMap<>();

        @Override
        public void add(ProgramTemplate t, ProgramPlan firstVersion) {
            rows.put(t.id(), copy(t));
            versions.put(t.id() + "@1", firstVersion);
            versionTimes.put(t.id() + "@1", t.updatedAt());
        }

        @Override
        public void update(ProgramTemplate t, ProgramPlan newVersion) {
            rows.put(t.id(), copy(t));
            if (newVersion != null) {
                String k = t.id() + "@" + t.currentVersion();
                if (versions.containsKey(k)) {
                    throw new IllegalStateException("version " + k + " exists");
                }
                versions.put(k, newVersion);
                versionTimes.put(k, t.updatedAt());
            }
        }

        @Override
        public Optional<ProgramTemplate> find(WorkspaceId workspaceId, ProgramTemplateId id) {
            return Optional.ofNullable(rows.get(id)).filter(t -> t.workspaceId().equals(workspaceId)).map(Templates::copy);
        }

        @Override
        public Optional<ProgramPlan> findVersion(WorkspaceId workspaceId, ProgramTemplateId id, int version) {
            return find(workspaceId, id).map(t -> versions.get(id + "@" + version));
        }

        @Override
        public List<VersionInfo> versions(WorkspaceId workspaceId, ProgramTemplateId id) {
            List<VersionInfo> out = new ArrayList<>();
            find(workspaceId, id).ifPresent(t -> {
                for (int v = t.currentVersion(); v >= 1; v--) {
                    out.add(new VersionInfo(v, versionTimes.get(id + "@" + v)));
                }
            });
            return out;
        }

        @Override
        public Page<ProgramTemplate> list(WorkspaceId workspaceId, boolean archived, PageRequest page) {
            List<ProgramTemplate> all = rows.values().stream().filter(t -> t.workspaceId().equals(workspaceId))
                    .filter(t -> (t.status() == ProgramTemplate.Status.ARCHIVED) == archived)
                    .sorted(Comparator.comparing((ProgramTemplate t) -> t.name().toLowerCase()).thenComparing(t -> t.id().value()))
                    .map(Templates::copy).toList();
            return new Page<>(all.subList(0, Math.min(page.limit(), all.size())), null);
        }

        static ProgramTemplate copy(ProgramTemplate t) {
            return new ProgramTemplate(t.id(), t.workspaceId(), t.name(), t.description(), t.status(), t.currentVersion(), t.createdBy(),
                    t.createdAt(), t.updatedAt());
        }
    }

    static final class Programs implements AssignedProgramRepository {
        final Map<AssignedProgramId, AssignedProgram> rows = new LinkedHashMap<>();

        @Override
        public void add(AssignedProgram p) {
            rows.put(p.id(), copy(p));
        }

        @Override
        public void update(AssignedProgram p) {
            AssignedProgram stored = rows.get(p.id());
            if (stored.version() != p.version() - 1) {
                throw new StaleVersionException(p.version());
            }
            rows.put(p.id(), copy(p));
        }

        @Override
        public Optional<AssignedProgram> find(WorkspaceId workspaceId, AssignedProgramId id) {
            return Optional.ofNullable(rows.get(id)).filter(p -> p.workspaceId().equals(workspaceId)).map(Programs::copy);
        }

        @Override
        public List<AssignedProgram> forClient(WorkspaceId workspaceId, ClientId clientId) {
            return rows.values().stream().filter(p -> p.workspaceId().equals(workspaceId) && p.clientId().equals(clientId))
                    .map(Programs::copy).toList();
        }

        @Override
        public List<AssignedProgram> forTemplate(WorkspaceId workspaceId, ProgramTemplateId templateId) {
            return rows.values().stream().filter(p -> p.workspaceId().equals(workspaceId) && p.templateId().equals(templateId))
                    .map(Programs::copy).toList();
        }

        static AssignedProgram copy(AssignedProgram p) {
            return new AssignedProgram(p.id(), p.workspaceId(), p.clientId(), p.templateId(), p.templateVersion(), p.name(), p.startDate(),
                    p.schedule(), p.plan(), p.assignedBy(), p.createdAt(), p.updatedAt(), p.version());
        }
    }

    static final class Logs implements com.coachkeep.training.application.port.out.WorkoutLogRepository {
        final Map<com.coachkeep.training.domain.WorkoutLogId, com.coachkeep.training.domain.WorkoutLog> rows = new LinkedHashMap<>();

        @Override
        public Optional<com.coachkeep.training.domain.WorkoutLog> find(WorkspaceId workspaceId, com.coachkeep.training.domain.WorkoutLogId id) {
            return Optional.ofNullable(rows.get(id)).filter(l -> l.workspaceId().equals(workspaceId));
        }

        @Override
        public void save(com.coachkeep.training.domain.WorkoutLog log, boolean replace) {
            if (!replace && rows.containsKey(log.id())) {
                throw new IllegalStateException("duplicate key " + log.id());
            }
            rows.put(log.id(), log);
        }

        @Override
        public Set<java.util.UUID> setIdsOfOtherLogs(WorkspaceId workspaceId, com.coachkeep.training.domain.WorkoutLogId logId,
                Set<java.util.UUID> setIds) {
            Set<java.util.UUID> out = new LinkedHashSet<>();
            rows.values().stream().filter(l -> l.workspaceId().equals(workspaceId) && !l.id().equals(logId))
                    .flatMap(l -> l.sets().stream()).filter(s -> setIds.contains(s.id())).forEach(s -> out.add(s.id()));
            return out;
        }

        @Override
        public Page<com.coachkeep.training.domain.WorkoutLog> list(WorkspaceId workspaceId, ClientId clientId, PageRequest page) {
            List<com.coachkeep.training.domain.WorkoutLog> all = rows.values().stream()
                    .filter(l -> l.workspaceId().equals(workspaceId) && l.clientId().equals(clientId))
                    .sorted(Comparator.comparing(com.coachkeep.training.domain.WorkoutLog::performedOn).reversed()).toList();
            return new Page<>(all.subList(0, Math.min(page.limit(), all.size())), null);
        }

        @Override
        public List<com.coachkeep.training.domain.PerformedSet> performedSets(WorkspaceId workspaceId, ClientId clientId,
                Set<ExerciseId> exercises, java.time.LocalDate from) {
            return rows.values().stream().filter(l -> l.workspaceId().equals(workspaceId) && l.clientId().equals(clientId))
                    .filter(l -> from == null || !l.performedOn().isBefore(from))
                    .sorted(Comparator.comparing(com.coachkeep.training.domain.WorkoutLog::performedOn))
                    .flatMap(l -> l.performed().stream()).filter(s -> exercises == null || exercises.contains(s.exercise())).toList();
        }

        @Override
        public Set<com.coachkeep.training.domain.PlanKey> dayKeysLogged(WorkspaceId workspaceId,
                com.coachkeep.training.domain.AssignedProgramId programId) {
            Set<com.coachkeep.training.domain.PlanKey> out = new java.util.HashSet<>();
            rows.values().stream().filter(l -> l.workspaceId().equals(workspaceId) && programId.equals(l.programId()) && l.dayKey() != null)
                    .forEach(l -> out.add(l.dayKey()));
            return out;
        }

        final Map<ClientId, List<com.coachkeep.training.domain.PersonalRecord>> records = new java.util.HashMap<>();
        int recordLocks;

        @Override
        public void lockRecords(WorkspaceId workspaceId, ClientId clientId) {
            recordLocks++;
        }

        @Override
        public List<com.coachkeep.training.domain.PersonalRecord> keptRecords(WorkspaceId workspaceId, ClientId clientId) {
            return records.getOrDefault(clientId, List.of());
        }

        @Override
        public boolean hasRecordSets(WorkspaceId workspaceId, ClientId clientId) {
            return performedSets(workspaceId, clientId, null, null).stream()
                    .anyMatch(s -> s.type().counts() && s.reps() >= 1 && s.kilograms().signum() > 0);
        }

        @Override
        public void keepRecords(WorkspaceId workspaceId, ClientId clientId, Set<ExerciseId> exercises,
                List<com.coachkeep.training.domain.PersonalRecord> kept) {
            List<com.coachkeep.training.domain.PersonalRecord> all = new java.util.ArrayList<>(records.getOrDefault(clientId, List.of()));
            all.removeIf(r -> exercises == null || exercises.contains(r.exercise()));
            all.addAll(kept);
            records.put(clientId, all);
        }

        @Override
        public Set<java.time.LocalDate> daysLogged(WorkspaceId workspaceId, ClientId clientId, java.time.LocalDate from, java.time.LocalDate to) {
            Set<java.time.LocalDate> out = new java.util.TreeSet<>();
            rows.values().stream().filter(l -> l.workspaceId().equals(workspaceId) && l.clientId().equals(clientId))
                    .map(com.coachkeep.training.domain.WorkoutLog::performedOn)
                    .filter(d -> !d.isBefore(from) && !d.isAfter(to)).forEach(out::add);
            return out;
        }
    }

    static final class Exercises implements PrescribedExercisesPort {
        final Set<ExerciseId> known = new LinkedHashSet<>();
        final Map<ExerciseId, com.coachkeep.training.domain.WeeklyVolume.Targets> muscles = new HashMap<>();

        @Override
        public Map<ExerciseId, com.coachkeep.training.domain.WeeklyVolume.Targets> targets(WorkspaceId workspaceId, Set<ExerciseId> ids) {
            Map<ExerciseId, com.coachkeep.training.domain.WeeklyVolume.Targets> out = new HashMap<>(muscles);
            out.keySet().retainAll(ids);
            return out;
        }

        @Override
        public Set<ExerciseId> unknown(WorkspaceId workspaceId, Set<ExerciseId> ids) {
            Set<ExerciseId> out = new LinkedHashSet<>(ids);
            out.removeAll(known);
            return out;
        }
    }

    static final class AssignmentJobs implements com.coachkeep.training.application.port.out.ProgramAssignmentJobRepository,
            com.coachkeep.training.application.port.out.ProgramAssignmentJobPort {
        final Map<com.coachkeep.training.domain.ProgramAssignmentJobId, com.coachkeep.training.domain.ProgramAssignmentJob> rows =
                new LinkedHashMap<>();
        final List<com.coachkeep.training.domain.ProgramAssignmentJobId> started = new java.util.ArrayList<>();

        @Override
        public void add(com.coachkeep.training.domain.ProgramAssignmentJob job) {
            rows.put(job.id(), job);
        }

        @Override
        public java.util.Optional<com.coachkeep.training.domain.ProgramAssignmentJob> findForUpdate(WorkspaceId workspaceId,
                com.coachkeep.training.domain.ProgramAssignmentJobId id) {
            return find(workspaceId, id);
        }

        @Override
        public java.util.Optional<com.coachkeep.training.domain.ProgramAssignmentJob> find(WorkspaceId workspaceId,
                com.coachkeep.training.domain.ProgramAssignmentJobId id) {
            return java.util.Optional.ofNullable(rows.get(id)).filter(j -> j.workspaceId().equals(workspaceId));
        }

        @Override
        public void update(com.coachkeep.training.domain.ProgramAssignmentJob job) {
            rows.put(job.id(), job);
        }

        @Override
        public void started(com.coachkeep.shared.application.Actor actor, com.coachkeep.training.domain.ProgramAssignmentJobId id) {
            started.add(id);
        }
    }
}
