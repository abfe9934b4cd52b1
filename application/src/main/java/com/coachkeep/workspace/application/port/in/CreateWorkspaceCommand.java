package com.coachkeep.workspace.application.port.in;

import com.coachkeep.workspace.domain.WorkspaceSettings;
import java.util.Objects;

/** Founding a coaching business; build it with {@link #of}, which validates every field. */
public record CreateWorkspaceCommand(WorkspaceSettings settings) {
    public CreateWorkspaceCommand {
        Objects.requireNonNull(settings);
    }

    public static CreateWorkspaceCommand of(String name, String timezone, String currency, String locale,
            String brandColor) {
        return new CreateWorkspaceCommand(WorkspaceSettings.parse(name, timezone, currency, locale, brandColor, false));
    }
}
