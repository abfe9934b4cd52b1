package com.coachkeep.training.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.util.List;
import java.util.Optional;

/** Clients' programs. */
public interface AssignedProgramRepository {
    void add(AssignedProgram program);

    /** Stores a changed program; fails with a stale-version error when it changed since it was read. */
    void update(AssignedProgram program);

    Optional<AssignedProgram> find(WorkspaceId workspaceId, AssignedProgramId id);

    /** A client's programs, newest start date first. */
    List<AssignedProgram> forClient(WorkspaceId workspaceId, ClientId clientId);

    /** The programs made from a template, of every client. */
    List<AssignedProgram> forTemplate(WorkspaceId workspaceId, ProgramTemplateId templateId);
}
