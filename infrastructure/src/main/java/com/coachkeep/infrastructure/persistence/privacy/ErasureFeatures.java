package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.privacy.application.port.out.DeletionSettlementPort;
import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Every erasure implementation the container knows (a CDI bean per feature), in erasure order, and every settlement. */
@ApplicationScoped
public class ErasureFeatures implements ErasureFeaturesPort {
    @Inject
    @Any
    Instance<PersonalDataErasurePort> ports;

    @Inject
    @Any
    Instance<DeletionSettlementPort> settlements;

    @Override
    public List<DeletionSettlementPort> settlements() {
        List<DeletionSettlementPort> all = new ArrayList<>();
        settlements.forEach(all::add);
        all.sort(java.util.Comparator.comparing(DeletionSettlementPort::feature));
        return all;
    }

    @Override
    public List<PersonalDataErasurePort> inOrder() {
        List<PersonalDataErasurePort> all = new ArrayList<>();
        ports.forEach(all::add);
        return PersonalDataErasurePort.inErasureOrder(all);
    }
}
