package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.shared.application.Actor;
import java.util.List;
import java.util.UUID;

/** Staff create a form by an id of their choosing, or save its next version (a version is never edited). */
public interface SaveCheckinFormUseCase {
    Saved save(Actor actor, UUID formId, String name, List<QuestionInput> questions);

    record Saved(CheckinForm form, boolean created) {
    }
}
