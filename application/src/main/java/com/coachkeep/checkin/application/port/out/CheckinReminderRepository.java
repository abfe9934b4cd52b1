package com.coachkeep.checkin.application.port.out;

import com.coachkeep.checkin.domain.CheckinNotice;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What the reminder job needs: the workspaces with schedules (its scan across workspaces), and in one workspace the
 * schedules of the clients who can be emailed, which notices were already sent, and the record of each one sent.
 */
public interface CheckinReminderRepository {
    /** Workspaces with a schedule that has not ended before {@code endedBefore}. */
    List<UUID> workspacesWithSchedules(LocalDate endedBefore, int limit);

    /** The workspace's name, colour, time zone and language, for the email. */
    Sender sender(WorkspaceId workspaceId);

    /**
     * The schedules not ended before {@code endedBefore} of the workspace's active clients who have signed in (a person
     * with an email), each with its form's name.
     */
    List<Scheduled> scheduled(WorkspaceId workspaceId, LocalDate endedBefore);

    /** The notices already sent for occurrences of these schedules from {@code from} to {@code to}. */
    Set<Sent> sent(WorkspaceId workspaceId, Set<UUID> scheduleIds, LocalDate from, LocalDate to);

    /**
     * Records that the notice is sent; false when it was already (another node's run): then it is not sent again. The
     * record commits with the email's outbox row, or neither does.
     */
    boolean record(WorkspaceId workspaceId, Sent notice, UUID clientId, Instant at);

    record Sender(MailPort.Branding branding, Locale locale) {
    }

    record Scheduled(CheckinSchedule schedule, String formName, PersonId personId, EmailAddress email, String name) {
    }

    record Sent(UUID scheduleId, LocalDate occurrenceOn, CheckinNotice kind) {
    }
}
