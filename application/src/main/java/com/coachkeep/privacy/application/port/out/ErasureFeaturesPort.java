package com.coachkeep.privacy.application.port.out;

import java.util.List;

/**
 * Every {@link PersonalDataErasurePort} there is, so that the deletion use cases reach the features without knowing
 * them: a feature added later is erased as soon as its implementation exists.
 */
public interface ErasureFeaturesPort {
    /** All erasure implementations, in {@link PersonalDataErasurePort#inErasureOrder erasure order}. */
    List<PersonalDataErasurePort> inOrder();

    /** What must be settled outside Coachkeep before a deleted workspace's rows are erased (none by default). */
    default List<DeletionSettlementPort> settlements() {
        return List.of();
    }
}
