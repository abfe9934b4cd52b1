package com.coachkeep.messaging.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the digest needs: the workspaces with recent messages (the job's scan across workspaces), and in one workspace,
 * who has messages unread for longer than the workspace's set time that they were not told about yet: the client of
 * each conversation, and its assigned coach (the owner when none is assigned).
 */
public interface UnreadDigestRepository {
    List<UUID> recentWorkspaces(Instant since, int limit);

    /** The workspace's name, colour, time zone and language, for the email. */
    Sender sender(WorkspaceId workspaceId);

    List<Pending> pending(WorkspaceId workspaceId, Instant now);

    /** Remembers that the person was told about the conversation up to message {@code throughSeq}. */
    void digested(WorkspaceId workspaceId, ClientId clientId, PersonId personId, long throughSeq, Instant now);

    record Sender(MailPort.Branding branding, Locale locale) {
    }

    /**
     * @param conversation how the conversation is named to this person: the client's name for staff
     * @param throughSeq   the latest message of the other side, which this digest tells about
     */
    record Pending(PersonId personId, EmailAddress email, String name, ClientId clientId, String conversation, boolean staff, long unread,
            long throughSeq) {
    }
}
