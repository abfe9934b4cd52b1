package com.coachkeep.infrastructure.platform;

import com.coachkeep.support.application.port.out.PlatformHealthPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The public status's source: every MicroProfile Health readiness check of this node, by name. The database is
 * essential (nothing works without it); any other check down means degraded service. A check that throws counts as
 * down. Only names and up/down leave here, never the checks' data.
 */
@ApplicationScoped
public class ReadinessHealth implements PlatformHealthPort {
    static final Set<String> ESSENTIAL = Set.of("database");

    @Inject
    @Readiness
    Instance<HealthCheck> checks;

    @Override
    public List<ComponentHealth> check() {
        List<ComponentHealth> out = new ArrayList<>();
        for (HealthCheck check : checks) {
            String name;
            boolean up;
            try {
                HealthCheckResponse r = check.call();
                name = r.getName();
                up = r.getStatus() == HealthCheckResponse.Status.UP;
            } catch (RuntimeException e) {
                name = check.getClass().getSimpleName();
                up = false;
            }
            out.add(new ComponentHealth(name, up, ESSENTIAL.contains(name)));
        }
        out.sort(Comparator.comparing(ComponentHealth::name));
        return out;
    }
}
