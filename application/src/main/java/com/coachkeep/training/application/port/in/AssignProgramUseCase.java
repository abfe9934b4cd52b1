package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.time.LocalDate;
import java.util.List;

/**
 * Gives clients a program: a copy of a template version (the current one when {@code templateVersion} is null) from a
 * start date, on the calendar or as a sequence ({@code schedule} null: calendar). One request assigns to up to
 * {@link #MAX_CLIENTS} clients in one transaction.
 */
public interface AssignProgramUseCase {
    int MAX_CLIENTS = 500;

    AssignedProgramView assignToClient(Actor actor, ClientId clientId, ProgramTemplateId templateId, Integer templateVersion,
            LocalDate startDate, ProgramSchedule schedule);

    List<AssignedProgramView> assignToClients(Actor actor, List<ClientId> clientIds, ProgramTemplateId templateId,
            Integer templateVersion, LocalDate startDate, ProgramSchedule schedule);

    /** On the calendar. */
    default AssignedProgramView assignToClient(Actor actor, ClientId clientId, ProgramTemplateId templateId, Integer templateVersion,
            LocalDate startDate) {
        return assignToClient(actor, clientId, templateId, templateVersion, startDate, ProgramSchedule.CALENDAR);
    }

    /** On the calendar. */
    default List<AssignedProgramView> assignToClients(Actor actor, List<ClientId> clientIds, ProgramTemplateId templateId,
            Integer templateVersion, LocalDate startDate) {
        return assignToClients(actor, clientIds, templateId, templateVersion, startDate, ProgramSchedule.CALENDAR);
    }
}
