package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.infrastructure.logging.TraceIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses; the one place that decides their shape. */
@ApplicationScoped
public class Problems {
    public Response response(HttpServletRequest request, ProblemType type, String detail) {
        return response(request, type, type.status(), type.uri(), detail, null, null);
    }

    public Response response(HttpServletRequest request, ProblemType type, int status, String typeUri, String detail,
            List<Problem.FieldError> errors, String errorId) {
        Problem problem = new Problem(typeUri, type.title(), status, detail,
                request == null ? null : request.getRequestURI(), RequestIds.of(request), errors, errorId, TraceIds.current());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
