package com.coachkeep.audit.application.port.out;

import java.util.Optional;

/** The id of the request being served (the X-Request-Id a caller can quote), when there is one. */
public interface RequestContextPort {
    Optional<String> requestId();
}
