package com.coachkeep.support.application.port.in;

import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;
import com.coachkeep.roster.domain.ClientId;

/**
 * Carries out a person's documented request to delete or export their data when they cannot do it themselves
 * ({@code DATA_REQUESTS}, multi-factor, a reason and the ticket): a workspace owner's whole workspace, or a client's own
 * data in a workspace. The same deletion and export as the self-service run: the person stays the one who asked (the
 * owner follows the deletion and receives its confirmation; only the person can download their export, which counts
 * against their daily limit); support is recorded as the actor, with the reason and the ticket, in the platform trail
 * and, except for a deleted workspace (whose own trail is erased with it), in the workspace's trail.
 */
public interface RunDataRequestUseCase {
    WorkspaceDeletionView deleteWorkspace(SupportActor actor, DataRequestCommand command);

    ExportView exportWorkspace(SupportActor actor, DataRequestCommand command);

    /** Erases one client's data (their record, membership, notes about them, files, key); returns the rows erased. */
    long deleteClient(SupportActor actor, DataRequestCommand command, ClientId clientId);

    /** Exports one client's data for them; refused ({@code client-has-no-account}) when they never joined. */
    ExportView exportClient(SupportActor actor, DataRequestCommand command, ClientId clientId);
}
