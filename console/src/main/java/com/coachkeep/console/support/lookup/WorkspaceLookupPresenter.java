package com.coachkeep.console.support.lookup;

import com.coachkeep.console.support.Outcome;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.support.application.port.in.LookUpWorkspacesUseCase;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.WorkspaceLookupQuery;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Presents look-ups through {@link LookUpWorkspacesUseCase}, which records each one in the platform trail. */
@Dependent
public class WorkspaceLookupPresenter {
    private final LookUpWorkspacesUseCase lookUp;

    @Inject
    public WorkspaceLookupPresenter(LookUpWorkspacesUseCase lookUp) {
        this.lookUp = lookUp;
    }

    /** What a look-up found (empty when it was refused), and what to tell the staff member. */
    public record Found(List<WorkspaceSummary> workspaces, Outcome outcome) {
    }

    public Found search(SupportActor actor, LookupForm form) {
        List<WorkspaceSummary> found = new ArrayList<>();
        Outcome outcome = Outcome.of(() -> {
            Page<WorkspaceSummary> page = lookUp.lookUp(actor,
                    WorkspaceLookupQuery.of(form.getQuery(), PageRequest.first(WorkspaceLookupQuery.MAX_LIMIT)));
            found.addAll(page.items());
            if (page.nextCursor() != null) {
                return "The first " + found.size() + " workspaces found are shown; narrow the search to see the others.";
            }
            return found.size() == 1 ? "1 workspace found." : found.size() + " workspaces found.";
        });
        return new Found(List.copyOf(found), outcome);
    }
}
