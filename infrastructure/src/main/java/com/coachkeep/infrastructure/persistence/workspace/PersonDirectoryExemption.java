package com.coachkeep.infrastructure.persistence.workspace;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import java.util.Map;

/** The global directory of sign-in identities is not erased with a workspace; an account's deletion clears it instead. */
public class PersonDirectoryExemption implements DataRightsExemptionPort {
    @Override
    public Map<String, String> notErased() {
        return Map.of("person", "the global directory of sign-in identities, not workspace data: a person may belong to several "
                + "workspaces; account deletion (DELETE /api/v1/me) keeps the row for the records that point at it but clears every "
                + "identifying column (PersonRepository.erase)");
    }
}
