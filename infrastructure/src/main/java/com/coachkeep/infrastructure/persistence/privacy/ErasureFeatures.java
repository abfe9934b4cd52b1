package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Every erasure implementation the container knows (a CDI bean per feature), in erasure order. */
@ApplicationScoped
public class ErasureFeatures implements ErasureFeaturesPort {
    @Inject
    @Any
    Instance<PersonalDataErasurePort> ports;

    @Override
    public List<PersonalDataErasurePort> inOrder() {
        List<PersonalDataErasurePort> all = new ArrayList<>();
        ports.forEach(all::add);
        return PersonalDataErasurePort.inErasureOrder(all);
    }
}
