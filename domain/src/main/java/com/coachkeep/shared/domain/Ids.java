package com.coachkeep.shared.domain;

import java.util.UUID;

/** Parsing of opaque identifiers that arrive from outside; a malformed id is simply not found. */
public final class Ids {
    private Ids() {
    }

    /**
     * Parses a UUID in its canonical form. Anything else raises {@link MalformedIdException}, which adapters
     * report exactly like a missing resource so that ids cannot be probed.
     */
    public static UUID parse(String text) {
        if (text == null || text.length() != 36) {
            throw new MalformedIdException();
        }
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equalsIgnoreCase(text)) {
                throw new MalformedIdException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new MalformedIdException();
        }
    }

    /** An identifier that is not a canonical UUID. */
    public static final class MalformedIdException extends RuntimeException {
        public MalformedIdException() {
            super("malformed identifier", null, false, false);
        }
    }
}
