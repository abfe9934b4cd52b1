package com.coachkeep.support.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a support grant lets its holder see of a workspace, read-only. A sensitive scope (private notes, health
 * content) needs a second staff member's approval before the grant starts. A scope may include narrower ones (the
 * coach notes are read beside the client they are about). A feature that adds content support may need to see
 * (programs, check-ins, messages) adds a constant here and a view under the grant; nothing else changes.
 */
public enum GrantScope {
    /** The client list and client profiles. */
    ROSTER(false),
    /** Private coach notes about clients (decrypted), with the roster they belong to. */
    COACH_NOTES(true, ROSTER);

    private final boolean sensitive;
    private final GrantScope[] includes;

    GrantScope(boolean sensitive, GrantScope... includes) {
        this.sensitive = sensitive;
        this.includes = includes;
    }

    /** Whether a grant of this scope needs a second staff member's approval before it starts. */
    public boolean sensitive() {
        return sensitive;
    }

    /** Whether a grant of this scope allows seeing {@code wanted}. */
    public boolean covers(GrantScope wanted) {
        if (wanted == this) {
            return true;
        }
        for (GrantScope s : includes) {
            if (s.covers(wanted)) {
                return true;
            }
        }
        return false;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<GrantScope> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        for (GrantScope s : values()) {
            if (s.wireName().equals(raw.strip().toLowerCase(Locale.ROOT)) || s.name().equalsIgnoreCase(raw.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
