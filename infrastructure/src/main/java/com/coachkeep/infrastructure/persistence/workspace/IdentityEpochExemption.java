package com.coachkeep.infrastructure.persistence.workspace;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import java.util.Map;

/** The identity epochs identify nobody: neither erased nor exported (a deleted workspace's row goes with it). */
public class IdentityEpochExemption implements DataRightsExemptionPort {
    static final Map<String, String> TABLES = Map.of("workspace_identity_epoch",
            "a random value per workspace, replaced whenever its members, roles or status change, so that server nodes know "
                    + "when a caller's identity they keep is stale; no personal data, removed with its workspace");

    @Override
    public Map<String, String> neither() {
        return TABLES;
    }
}
