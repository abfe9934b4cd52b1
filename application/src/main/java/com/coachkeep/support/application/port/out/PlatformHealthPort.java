package com.coachkeep.support.application.port.out;

import java.util.List;

/** The platform's readiness checks, as components that are up or down. */
public interface PlatformHealthPort {
    List<ComponentHealth> check();

    /**
     * One check.
     *
     * @param essential whether the platform cannot serve at all while it is down (the database)
     */
    record ComponentHealth(String name, boolean up, boolean essential) {
    }
}
