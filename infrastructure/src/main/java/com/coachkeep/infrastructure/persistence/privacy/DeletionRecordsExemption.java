package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import java.util.Map;

/**
 * The bookkeeping of the data rights themselves: deletions must outlive what they deleted (so a restored backup can
 * replay them), an export's request is not part of the archive, and key material never leaves the keystore.
 */
public class DeletionRecordsExemption implements DataRightsExemptionPort {
    @Override
    public Map<String, String> notErased() {
        return Map.of(
                "workspace_deletion", "the progress of a deletion (ids, counts, times; no content), forgotten 30 days after it finished",
                "keystore.account_tombstone", "the record of account deletions (a person id and a time; no personal data), which must "
                        + "outlive them so a restored backup can replay them",
                "keystore.tombstone", "the record of deletions (kinds, ids, times; no personal data), which must outlive them so a "
                        + "restored backup can replay them");
    }

    @Override
    public Map<String, String> notExported() {
        return Map.of(
                "workspace_deletion", "a deletion's progress, readable through the API",
                "keystore.tombstone", "the record of deletions",
                "keystore.account_tombstone", "the record of account deletions",
                "keystore.data_key", "wrapped key material: never leaves the keystore",
                "data_export", "the export requests themselves (ids, states, times): the archive is the export");
    }
}
