package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.infrastructure.logging.TraceIds;
import com.coachkeep.shared.application.SecurityEvent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Answers the refusals the container makes before a request reaches the API (no token or an invalid one on
 * a protected path) with the same RFC 9457 problem documents as the API's own errors. Mapped as the
 * error page for 401 and 403 in web.xml. Each refusal is recorded as a security event (anonymous: the token, if
 * any, was not accepted).
 */
@WebServlet("/problems/*")
public class ContainerProblemServlet extends HttpServlet {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    SecurityEventReporter securityEvents;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute("jakarta.servlet.error.status_code");
        if (!(code instanceof Integer status)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Object uri = request.getAttribute("jakarta.servlet.error.request_uri");
        String requestId = request.getHeader(RequestIds.HEADER);
        if (requestId == null || !requestId.matches("^[A-Za-z0-9._:-]{1,128}$")) {
            requestId = UUID.randomUUID().toString();
        }
        ProblemType type = status == 401 ? ProblemType.UNAUTHORIZED : ProblemType.FORBIDDEN;
        securityEvents.reportContainer(status == 401 ? SecurityEvent.Kind.UNAUTHENTICATED : SecurityEvent.Kind.FORBIDDEN,
                request.getMethod(), uri == null ? null : uri.toString(), requestId,
                status == 401 ? "no valid bearer token" : "refused by the container");
        String detail = status == 401
                ? "Sign in: send a valid bearer token from the configured identity provider."
                : "Not allowed.";
        Problem problem = new Problem(type.uri(), type.title(), status, detail, uri == null ? null : uri.toString(),
                requestId, null, null, TraceIds.current());
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"coachkeep\"");
        }
        response.setHeader(RequestIds.HEADER, requestId);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSONB.toJson(problem));
    }
}
