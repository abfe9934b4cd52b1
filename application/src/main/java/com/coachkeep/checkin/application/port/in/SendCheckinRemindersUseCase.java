package com.coachkeep.checkin.application.port.in;

import java.util.List;
import java.util.UUID;

/**
 * The check-in reminder job (a background job, never a request): the workspaces with schedules, and one workspace's
 * run: each client whose check-ins became due (a reminder) or overdue (a notice) gets one email listing every such form,
 * through the outbox (an optional email: their notification preferences apply); each notice is sent at most once per
 * occurrence.
 */
public interface SendCheckinRemindersUseCase {
    List<UUID> workspacesWithSchedules(int limit);

    /** Queues the workspace's due reminders and overdue notices; how many emails. */
    int remind(UUID workspaceId);
}
