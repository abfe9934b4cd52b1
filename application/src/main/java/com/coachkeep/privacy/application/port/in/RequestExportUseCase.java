package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.application.Actor;

/** Asks for a data export, run in the background; limited per person and workspace per day. */
public interface RequestExportUseCase {
    /** The owner's export of the whole workspace ({@code workspace_export}). */
    ExportView requestWorkspaceExport(Actor actor);

    /** A client's export of their own data ({@code self_export}). */
    ExportView requestOwnExport(Actor actor);
}
