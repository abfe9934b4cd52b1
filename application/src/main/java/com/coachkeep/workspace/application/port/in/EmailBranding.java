package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.MailPort;
import com.coachkeep.workspace.domain.WorkspaceSettings;

/** How a workspace's emails look: its name, brand colour and time zone (the shared kernel knows no workspace). */
public final class EmailBranding {
    private EmailBranding() {
    }

    public static MailPort.Branding of(WorkspaceSettings settings) {
        return new MailPort.Branding(settings.name(), settings.brandColor(), settings.timezone());
    }
}
