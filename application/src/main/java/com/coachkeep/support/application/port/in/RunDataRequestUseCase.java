package com.coachkeep.support.application.port.in;

import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;

/**
 * Carries out a workspace owner's documented request to delete or export their workspace, when they cannot do it
 * themselves ({@code DATA_REQUESTS}, multi-factor, a reason and the ticket). The same deletion and export as the
 * owner's self-service run: the owner stays the one who asked (they follow the deletion, receive its confirmation,
 * and alone can download the export, which counts against their daily limit); support is recorded as the actor in the
 * platform trail, and, for an export, in the workspace's trail.
 */
public interface RunDataRequestUseCase {
    WorkspaceDeletionView deleteWorkspace(SupportActor actor, DataRequestCommand command);

    ExportView exportWorkspace(SupportActor actor, DataRequestCommand command);
}
