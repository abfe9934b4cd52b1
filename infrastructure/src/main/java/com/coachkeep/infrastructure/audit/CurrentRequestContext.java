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
            Object id = request.get().getAttribute(RequestIds.ATTRIBUTE);
            return Optional.ofNullable(id == null ? null : id.toString());
        } catch (RuntimeException outsideARequest) {
            return Optional.empty();
        }
    }
}
