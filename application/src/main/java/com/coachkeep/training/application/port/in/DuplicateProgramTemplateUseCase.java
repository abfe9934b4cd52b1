package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramTemplateId;

/** A new template from the current version of another (archived ones too), named as given or "… (copy)". */
public interface DuplicateProgramTemplateUseCase {
    ProgramTemplateView duplicate(Actor actor, ProgramTemplateId id, String name);
}
