package com.coachkeep.roster.application.port.in;

import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;

/**
 * Development only: a demo workspace with an owner, staff and clients who already accepted their invitations,
 * so the first run shows something real. Idempotent: when the owner already has the demo workspace, nothing
 * changes.
 */
public interface SeedDemoWorkspaceUseCase {
    /** Returns the workspace created now, or empty when it already existed. */
    Optional<WorkspaceId> seed(DemoWorkspace demo);

    /** The people's (issuer, subject) are those the development issuer signs tokens for. */
    record DemoWorkspace(String issuer, String name, String timezone, String currency, String locale, DemoMember owner,
            List<DemoMember> staff, List<DemoClient> clients) {
    }

    /** @param role "coach" or "assistant" for staff; ignored for the owner */
    record DemoMember(String subject, String email, String name, String role) {
    }

    /** @param coachSubject the subject of the coach the client is assigned to, or null */
    record DemoClient(DemoMember person, String coachSubject, String status, List<String> tags, List<String> notes) {
    }
}
