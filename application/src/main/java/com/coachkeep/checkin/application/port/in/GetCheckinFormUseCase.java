package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.shared.application.Actor;
import java.util.List;
import java.util.UUID;

/** A form's latest version (or a given one), and the workspace's forms. Staff, and clients who have a check-in to fill in. */
public interface GetCheckinFormUseCase {
    CheckinForm get(Actor actor, UUID formId, Integer version);

    List<CheckinForm> list(Actor actor);
}
