package com.coachkeep.training.application.port.out;

import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Templates and their immutable versions. */
public interface ProgramTemplateRepository {
    /** Stores a new template with its first version. */
    void add(ProgramTemplate template, ProgramPlan firstVersion);

    /** Stores the template's attributes and, when {@code newVersion} is given, its plan as version {@code template.currentVersion()}. */
    void update(ProgramTemplate template, ProgramPlan newVersion);

    Optional<ProgramTemplate> find(WorkspaceId workspaceId, ProgramTemplateId id);

    Optional<ProgramPlan> findVersion(WorkspaceId workspaceId, ProgramTemplateId id, int version);

    /** The versions of a template, newest first. */
    List<VersionInfo> versions(WorkspaceId workspaceId, ProgramTemplateId id);

    /** The library by name, active templates or archived ones. */
    Page<ProgramTemplate> list(WorkspaceId workspaceId, boolean archived, PageRequest page);

    record VersionInfo(int version, Instant createdAt) {
    }
}
