package com.coachkeep.audit.domain;

import java.util.Objects;

/**
 * Who caused an event: a person of a workspace (by person id), a member of Coachkeep's support staff (by their
 * staff identity), the system itself (a job), or an unidentified caller (a denied request without a valid token).
 */
public record AuditActor(Kind kind, String id) {
    public enum Kind { PERSON, SUPPORT, SYSTEM, ANONYMOUS }

    public AuditActor {
        Objects.requireNonNull(kind, "kind");
        id = id == null || id.isBlank() ? null : id.strip();
        if (id != null && id.length() > 200) {
            throw new IllegalArgumentException("actor id longer than 200 characters");
        }
    }

    public static AuditActor person(String personId) {
        return new AuditActor(Kind.PERSON, Objects.requireNonNull(personId));
    }

    public static AuditActor system(String job) {
        return new AuditActor(Kind.SYSTEM, job);
    }

    public static AuditActor anonymous() {
        return new AuditActor(Kind.ANONYMOUS, null);
    }
}
