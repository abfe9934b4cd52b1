package com.coachkeep.infrastructure.logging;

import com.coachkeep.shared.application.SecurityEvent;
import com.coachkeep.shared.application.SecurityEventPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Writes each security event as one line on the logger {@code com.coachkeep.security}, so operators can route
 * or alert on it separately:
 * {@code security-event kind=access-denied person=<id>|anonymous workspace=<id>|none operation="PATCH /api/v1/…"
 * requestId=<id> detail="…"}, followed by {@code traceId=<id>} when tracing is on (the request's W3C trace). Refusals that point at probing or misuse (someone reaching into a workspace
 * that is not theirs, a role overstepped, a container refusal) are WARNING; everyday ones (an expired token,
 * a second factor still to give) are INFO. Values are never token contents, and quotes and control
 * characters are neutralised so a crafted path cannot forge a log line.
 */
@ApplicationScoped
public class LoggingSecurityEventAdapter implements SecurityEventPort {
    public static final String LOGGER = "com.coachkeep.security";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    @Override
    public void record(SecurityEvent e) {
        Level level = switch (e.kind()) {
            case UNAUTHENTICATED, MFA_REQUIRED -> Level.INFO;
            case FORBIDDEN, ACCESS_DENIED, NOT_A_MEMBER, RATE_LIMITED -> Level.WARNING;
        };
        if (!LOG.isLoggable(level)) {
            return;
        }
        String trace = TraceIds.current();
        LogRecord record = new LogRecord(level, trace == null ? format(e) : format(e) + " traceId=" + trace);
        record.setLoggerName(LOGGER);
        record.setInstant(e.at());
        LOG.log(record);
    }

    /** The one line an event becomes. */
    public static String format(SecurityEvent e) {
        return "security-event kind=" + e.kind().label()
                + " person=" + (e.personId() == null ? "anonymous" : e.personId().toString())
                + " workspace=" + (e.workspaceId() == null ? "none" : e.workspaceId().toString())
                + " operation=\"" + clean(e.operation()) + "\""
                + " requestId=" + (e.requestId() == null ? "none" : clean(e.requestId()))
                + " detail=\"" + (e.detail() == null ? "" : clean(e.detail())) + "\"";
    }

    private static String clean(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), 300));
        for (int i = 0; i < value.length() && i < 300; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || c == '"' || c == '\\' ? '_' : c);
        }
        return out.toString();
    }
}
