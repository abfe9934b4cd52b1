package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.application.SecurityEvent;
import com.coachkeep.shared.application.SecurityEventPort;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the refusals the REST edge sees into {@link SecurityEvent}s and hands each to every
 * {@link SecurityEventPort} (the log today, an audit trail later). Knows who from the request's
 * {@link CurrentCaller} (never from token contents), the operation from the matched resource method's path
 * template, and the request id.
 */
@ApplicationScoped
public class SecurityEventReporter {
    private static final Logger LOG = Logger.getLogger(SecurityEventReporter.class.getName());
    private static final Pattern WORKSPACE_PATH = Pattern.compile("^/api/v1/workspaces/([0-9a-fA-F-]{36})(/.*)?$");
    private static final Pattern UUID_SEGMENT = Pattern.compile("/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");

    @Inject
    @Any
    Instance<SecurityEventPort> ports;
    @Inject
    CurrentCaller current;
    @Inject
    Clock clock;

    /** A refusal of a request the API has matched to a resource method (or tried to). */
    public void report(SecurityEvent.Kind kind, HttpServletRequest request, ResourceInfo resource, String detail) {
        PersonId person = null;
        WorkspaceId workspace = null;
        try {
            person = current.identifiedPerson();
            workspace = current.addressedWorkspace();
        } catch (RuntimeException e) {
            // Outside a request scope nobody is identified.
        }
        String method = request == null ? "?" : request.getMethod();
        String uri = request == null ? null : request.getRequestURI();
        String template = template(resource);
        publish(new SecurityEvent(clock.instant(), kind, person, workspace != null ? workspace : workspaceIn(uri),
                method + " " + (template != null ? template : withoutIds(uri)), RequestIds.of(request), detail));
    }

    /** A refusal made by the container before the API ran (no person is known then). */
    public void reportContainer(SecurityEvent.Kind kind, String method, String uri, String requestId, String detail) {
        publish(new SecurityEvent(clock.instant(), kind, null, workspaceIn(uri), method + " " + withoutIds(uri), requestId,
                detail));
    }

    private void publish(SecurityEvent event) {
        for (SecurityEventPort port : ports) {
            try {
                port.record(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a security event sink failed; the refusal itself stands", e);
            }
        }
    }

    /** The matched operation's path template ({@code /api/v1/workspaces/{workspaceId}/roles/{roleId}}), or null. */
    static String template(ResourceInfo resource) {
        Method method;
        Class<?> type;
        try {
            method = resource == null ? null : resource.getResourceMethod();
            type = resource == null ? null : resource.getResourceClass();
        } catch (RuntimeException e) {
            return null;
        }
        if (method == null || type == null) {
            return null;
        }
        Path classPath = null;
        for (Class<?> c = type; c != null && classPath == null; c = c.getSuperclass()) {
            classPath = c.getAnnotation(Path.class);
        }
        if (classPath == null) {
            return null;
        }
        Path methodPath = method.getAnnotation(Path.class);
        String path = classPath.value();
        if (methodPath != null) {
            path = path.replaceAll("/+$", "") + "/" + methodPath.value().replaceAll("^/+", "");
        }
        return path;
    }

    /** The request path with every uuid segment replaced by {@code {id}}: an operation, not an address. */
    static String withoutIds(String uri) {
        if (uri == null) {
            return "?";
        }
        return UUID_SEGMENT.matcher(uri).replaceAll("/{id}");
    }

    static WorkspaceId workspaceIn(String uri) {
        if (uri == null) {
            return null;
        }
        Matcher m = WORKSPACE_PATH.matcher(uri);
        if (!m.matches()) {
            return null;
        }
        try {
            return new WorkspaceId(UUID.fromString(m.group(1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
