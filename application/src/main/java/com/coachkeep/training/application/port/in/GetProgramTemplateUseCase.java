package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.util.List;

/** A template with the plan of its current version or of an older one, and the list of its versions. */
public interface GetProgramTemplateUseCase {
    ProgramTemplateView get(Actor actor, ProgramTemplateId id);

    ProgramTemplateView getVersion(Actor actor, ProgramTemplateId id, int version);

    List<TemplateVersionView> versions(Actor actor, ProgramTemplateId id);
}
