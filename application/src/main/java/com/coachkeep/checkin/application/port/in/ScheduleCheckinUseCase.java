package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.List;
import java.util.UUID;

/** Staff schedule a form for a client (by an id of their choosing), change the schedule, or end it; staff and the client read them. */
public interface ScheduleCheckinUseCase {
    Scheduled schedule(Actor actor, ClientId clientId, UUID scheduleId, ScheduleInput input);

    void end(Actor actor, ClientId clientId, UUID scheduleId);

    List<ScheduleView> list(Actor actor, ClientId clientId);

    record ScheduleInput(String formId, String kind, String weekday, Integer everyWeeks, Integer dayOfMonth, String onDay, String startsOn,
            String endsOn, String timeZone, Integer graceDays) {
    }

    record Scheduled(ScheduleView schedule, boolean created) {
    }

    /** A schedule with its occurrences of the last 5 weeks and the next 5 weeks, with where each stands now. */
    record ScheduleView(CheckinSchedule schedule, List<OccurrenceView> occurrences) {
    }
}
