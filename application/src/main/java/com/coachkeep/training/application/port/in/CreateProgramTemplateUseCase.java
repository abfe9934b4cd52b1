package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;

/** A coach adds a template to the workspace's library; its plan becomes version 1. */
public interface CreateProgramTemplateUseCase {
    ProgramTemplateView create(Actor actor, ProgramTemplateCommand command);
}
