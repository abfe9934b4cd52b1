package com.coachkeep.privacy.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;

/**
 * Exports asked for on a person's documented request by support, who checked the request and authorised themselves
 * before calling this: the person is the one who asked (only they download it; it counts against their daily limit),
 * and {@code recordedAs} names support in the workspace's trail.
 */
public interface RequestExportOnRequestUseCase {
    /** The owner's export of the whole workspace. */
    ExportView requestWorkspaceExportForOwner(WorkspaceId workspaceId, PersonId owner, AuditRecord recordedAs);

    /** A client's export of their own data. */
    ExportView requestClientExportForClient(WorkspaceId workspaceId, ClientId clientId, PersonId client, AuditRecord recordedAs);
}
