package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Text;
import java.util.Locale;
import java.util.UUID;

/**
 * A workspace look-up: by id (the text is a UUID), by the owner's email (it holds an {@code @}, matched exactly,
 * ignoring case) or by a part of the name (at least 2 characters, ignoring case). Pages hold at most
 * {@link #MAX_LIMIT} workspaces.
 */
public record WorkspaceLookupQuery(Kind kind, String text, PageRequest page) {
    public static final int MAX_LIMIT = 50;

    public enum Kind { ID, OWNER_EMAIL, NAME }

    public WorkspaceLookupQuery {
        if (page.limit() > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be at most " + MAX_LIMIT);
        }
    }

    public static WorkspaceLookupQuery of(String raw, PageRequest page) {
        String text;
        try {
            text = Text.singleLine(raw, 254);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("query", e.getMessage());
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("query", "must be a workspace id, an owner's email or a part of a name");
        }
        text = text.strip();
        try {
            return new WorkspaceLookupQuery(Kind.ID, UUID.fromString(text).toString(), page);
        } catch (IllegalArgumentException notAnId) {
            // not an id: an email or a name
        }
        if (text.contains("@")) {
            return new WorkspaceLookupQuery(Kind.OWNER_EMAIL, text.toLowerCase(Locale.ROOT), page);
        }
        if (text.length() < 2) {
            throw InvalidInputException.of("query", "a name search needs at least 2 characters");
        }
        return new WorkspaceLookupQuery(Kind.NAME, text, page);
    }
}
