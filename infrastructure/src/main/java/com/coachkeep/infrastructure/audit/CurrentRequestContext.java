package com.coachkeep.infrastructure.audit;

import com.coachkeep.audit.application.port.out.RequestContextPort;
import com.coachkeep.infrastructure.rest.shared.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The X-Request-Id of the HTTP request being served; none for jobs and other work outside a request. */
@ApplicationScoped
public class CurrentRequestContext implements RequestContextPort {
    @Inject
    Instance<HttpServletRequest> request;

    @Override
    public Optional<String> requestId() {
        try {
            return Optional.ofNullable(RequestIds.of(request.get()));
        } catch (RuntimeException outsideARequest) {
            return Optional.empty();
        }
    }
}
