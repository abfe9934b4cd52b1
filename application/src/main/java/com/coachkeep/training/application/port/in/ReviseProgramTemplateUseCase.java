package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramTemplateId;

/** A coach saves a template again: a new version; clients' programs keep theirs until a change is applied to them. */
public interface ReviseProgramTemplateUseCase {
    ProgramTemplateView revise(Actor actor, ProgramTemplateId id, ProgramTemplateCommand command);
}
