package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * Hands the export use cases every feature's {@link PersonalDataExportPort} (each a bean in its context's persistence
 * adapter), in a stable order: a feature added later is exported by existing, nothing else.
 */
@ApplicationScoped
public class DataRightsContract {
    @Inject
    @Any
    Instance<PersonalDataExportPort> exports;

    @Produces
    List<PersonalDataExportPort> exportPorts() {
        return exports.stream().sorted(Comparator.comparing(PersonalDataExportPort::feature)).toList();
    }
}
