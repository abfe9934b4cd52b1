package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;

/** The workspace's template library by name (without plans): active templates, or archived ones. */
public interface ListProgramTemplatesUseCase {
    Page<ProgramTemplateView> list(Actor actor, boolean archived, PageRequest page);
}
