package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.shared.application.Actor;
import java.util.List;
import java.util.UUID;

/** Staff create a form, or save its next version (a version is never edited). */
public interface SaveCheckinFormUseCase {
    Saved create(Actor actor, String name, List<QuestionInput> questions);

    /** The next version of a form of the workspace (not found otherwise); the same content again adds nothing. */
    Saved revise(Actor actor, UUID formId, String name, List<QuestionInput> questions);

    record Saved(CheckinForm form, boolean created) {
    }
}
