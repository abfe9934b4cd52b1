package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramTemplateId;
import java.util.List;

/**
 * Template changes, reviewed per client and applied to the clients chosen. {@code version} is the template version to
 * take (its current one when null). Only programs of clients the actor can see are listed or changed.
 */
public interface ReviewTemplateChangesUseCase {
    /**
     * For each program made from the template on an older version, what the version would change; only the program of
     * {@code onlyClient} when given (null: every client the actor can see).
     */
    List<TemplateChangeView> preview(Actor actor, ProgramTemplateId templateId, Integer version, ClientId onlyClient);

    /** Applies the version to the programs of the clients named; answers what changed for each. */
    List<TemplateChangeView> apply(Actor actor, ProgramTemplateId templateId, Integer version, List<ClientId> clientIds);
}
