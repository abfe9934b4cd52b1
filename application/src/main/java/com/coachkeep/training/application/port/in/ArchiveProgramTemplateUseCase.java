package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramTemplateId;

/** Takes a template out of the library's active list; clients' programs made from it stay. */
public interface ArchiveProgramTemplateUseCase {
    ProgramTemplateView archive(Actor actor, ProgramTemplateId id);
}
