package com.coachkeep.infrastructure.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.SecurityEvent;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoggingSecurityEventAdapterTest {
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger("com.coachkeep.security");

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void anAccessDenialIsOneWarningLineWithWhoWhereWhatAndTheRequest() {
        PersonId person = PersonId.newId();
        WorkspaceId workspace = WorkspaceId.newId();

        new LoggingSecurityEventAdapter().record(new SecurityEvent(AT, SecurityEvent.Kind.ACCESS_DENIED, person, workspace,
                "POST /api/v1/workspaces/{workspaceId}/roles", "req-42", "missing permission roles_manage"));

        assertEquals(1, records.size());
        LogRecord r = records.get(0);
        assertEquals("com.coachkeep.security", r.getLoggerName());
        assertEquals(Level.WARNING, r.getLevel());
        assertEquals(AT, r.getInstant());
        assertEquals("security-event kind=access-denied person=" + person + " workspace=" + workspace
                + " operation=\"POST /api/v1/workspaces/{workspaceId}/roles\" requestId=req-42"
                + " detail=\"missing permission roles_manage\"", r.getMessage());
    }

    @Test
    void anAnonymousRefusalSaysSoAndIsInformational() {
        new LoggingSecurityEventAdapter().record(new SecurityEvent(AT, SecurityEvent.Kind.UNAUTHENTICATED, null, null,
                "GET /api/v1/me", null, "no valid bearer token"));

        LogRecord r = records.get(0);
        assertEquals(Level.INFO, r.getLevel());
        assertTrue(r.getMessage().startsWith("security-event kind=unauthenticated person=anonymous workspace=none"), r.getMessage());
        assertTrue(r.getMessage().contains("requestId=none"), r.getMessage());
    }

    @Test
    void everyKindHasItsLevel() {
        assertEquals(Level.INFO, levelOf(SecurityEvent.Kind.MFA_REQUIRED));
        assertEquals(Level.WARNING, levelOf(SecurityEvent.Kind.NOT_A_MEMBER));
        assertEquals(Level.WARNING, levelOf(SecurityEvent.Kind.FORBIDDEN));
    }

    @Test
    void aCraftedValueCannotForgeAnotherLineOrField() {
        String line = LoggingSecurityEventAdapter.format(new SecurityEvent(AT, SecurityEvent.Kind.NOT_A_MEMBER, null, null,
                "GET /x\nsecurity-event kind=forged \"", "id", "a\"b"));

        assertFalse(line.contains("\n"), line);
        assertTrue(line.contains("operation=\"GET /x_security-event kind=forged _\""), line);
        assertTrue(line.contains("detail=\"a_b\""), line);
    }

    private Level levelOf(SecurityEvent.Kind kind) {
        records.clear();
        new LoggingSecurityEventAdapter().record(new SecurityEvent(AT, kind, null, null, "GET /", "r", null));
        return records.get(0).getLevel();
    }
}
