package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import java.util.Map;

/** Support's platform records: the platform's own security record and public lists, not data of a workspace or client. */
public class PlatformRecordsExemption implements DataRightsExemptionPort {
    static final Map<String, String> TABLES = Map.of(
            "security_report", "vulnerability reports from the public: the platform's security record, not data of any workspace "
                    + "or client (a reporter's optional email is theirs to give)",
            "abuse_flag", "the platform's security record of rate limits crossed (an internal person or workspace id, or a "
                    + "client address; no names, emails or content), for security officers",
            "sub_processor", "the public list of sub-processors: no personal data",
            "sub_processor_announcement", "the progress of an announcement job (a cursor and counts): no personal data",
            "incident", "security incidents as the platform records them: what happened, no personal data",
            "incident_update", "public updates of an incident: no personal data",
            "incident_workspace", "which workspaces an incident affected (ids only); removed with the workspace by its foreign "
                    + "key's cascade");

    @Override
    public Map<String, String> neither() {
        return TABLES;
    }
}
