package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Patch;

/** A partial change of a workspace's settings and policies; absent fields stay as they are. */
public record UpdateWorkspaceCommand(Patch<String> name, Patch<String> timezone, Patch<String> currency,
        Patch<String> locale, Patch<String> brandColor, Patch<Boolean> coachesSeeAllClients,
        Patch<Boolean> staffMfaRequired, Long expectedVersion) {
    /** A change that leaves the multi-factor policy as it is. */
    public UpdateWorkspaceCommand(Patch<String> name, Patch<String> timezone, Patch<String> currency,
            Patch<String> locale, Patch<String> brandColor, Patch<Boolean> coachesSeeAllClients, Long expectedVersion) {
        this(name, timezone, currency, locale, brandColor, coachesSeeAllClients, Patch.absent(), expectedVersion);
    }
}
