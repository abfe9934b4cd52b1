package com.coachkeep.support.application.port.in;

import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.domain.SupportGrantId;

/** Ids typed into the console: a malformed one is invalid input naming its field, never a server error. */
public final class SupportIds {
    private SupportIds() {
    }

    public static WorkspaceId workspace(String raw) {
        return new WorkspaceId(parse("workspaceId", raw));
    }

    public static SupportGrantId grant(String raw) {
        return new SupportGrantId(parse("grantId", raw));
    }

    public static java.util.UUID parse(String field, String raw) {
        try {
            return Ids.parse(raw);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(field, "must be an id");
        }
    }
}
