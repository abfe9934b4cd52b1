package com.coachkeep.console.support.actions;

import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonForm;
import com.coachkeep.support.application.port.in.DataRequestCommand;
import com.coachkeep.support.application.port.in.DeadLetterView;
import com.coachkeep.support.application.port.in.LookUpWorkspacesUseCase;
import com.coachkeep.support.application.port.in.ManageDeadLettersUseCase;
import com.coachkeep.support.application.port.in.ResendWorkspaceInvitationUseCase;
import com.coachkeep.support.application.port.in.RunDataRequestUseCase;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.SuspendWorkspaceUseCase;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.workspace.application.port.in.InvitationView;
import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Presents the support actions through their use cases (each checks the role and a second factor, needs the reason and
 * records the action): {@link ResendWorkspaceInvitationUseCase}, {@link SuspendWorkspaceUseCase},
 * {@link RunDataRequestUseCase}, {@link ManageDeadLettersUseCase}; and the workspace acted on through
 * {@link LookUpWorkspacesUseCase}.
 */
@Dependent
public class SupportActionsPresenter {
    static final int DEAD_LETTERS = 100;

    private final LookUpWorkspacesUseCase lookUp;
    private final ResendWorkspaceInvitationUseCase invitations;
    private final SuspendWorkspaceUseCase suspension;
    private final RunDataRequestUseCase dataRequests;
    private final ManageDeadLettersUseCase deadLetters;

    @Inject
    public SupportActionsPresenter(LookUpWorkspacesUseCase lookUp, ResendWorkspaceInvitationUseCase invitations,
            SuspendWorkspaceUseCase suspension, RunDataRequestUseCase dataRequests, ManageDeadLettersUseCase deadLetters) {
        this.lookUp = lookUp;
        this.invitations = invitations;
        this.suspension = suspension;
        this.dataRequests = dataRequests;
        this.deadLetters = deadLetters;
    }

    /** The workspace acted on (its metadata), or the refusal. */
    public record Workspace(WorkspaceSummary summary, Outcome outcome) {
    }

    public Workspace workspace(SupportActor actor, WorkspaceActionForm f) {
        List<WorkspaceSummary> found = new ArrayList<>();
        Outcome outcome = Outcome.of(() -> {
            found.add(lookUp.get(actor, strip(f.getWorkspaceId())));
            return found.get(0).name() + " is " + found.get(0).status() + ".";
        });
        return new Workspace(found.isEmpty() ? null : found.get(0), outcome);
    }

    public Outcome suspend(SupportActor actor, WorkspaceActionForm f, ReasonForm reason) {
        return Outcome.of(() -> {
            WorkspaceSummary w = suspension.suspend(actor, strip(f.getWorkspaceId()), reason.getReason());
            return w.name() + " is " + w.status() + ": its members are refused until it is restored.";
        });
    }

    public Outcome restore(SupportActor actor, WorkspaceActionForm f, ReasonForm reason) {
        return Outcome.of(() -> {
            WorkspaceSummary w = suspension.restore(actor, strip(f.getWorkspaceId()), reason.getReason());
            return w.name() + " is " + w.status() + " again.";
        });
    }

    public Outcome resendInvitation(SupportActor actor, WorkspaceActionForm f, ReasonForm reason) {
        return Outcome.of(() -> {
            InvitationView i = invitations.resend(actor, strip(f.getWorkspaceId()), strip(f.getInvitationId()), reason.getReason());
            return "The invitation is sent again with a new link (" + i.status() + ").";
        });
    }

    public Outcome export(SupportActor actor, WorkspaceActionForm f, ReasonForm reason) {
        return Outcome.of(() -> {
            ExportView e = dataRequests.exportWorkspace(actor, DataRequestCommand.of(strip(f.getWorkspaceId()), reason.getReason(),
                    f.getTicket()));
            return "The export is " + e.state() + "; the owner downloads it when it is ready.";
        });
    }

    public Outcome delete(SupportActor actor, WorkspaceActionForm f, ReasonForm reason) {
        return Outcome.of(() -> {
            WorkspaceDeletionView d = dataRequests.deleteWorkspace(actor, DataRequestCommand.of(strip(f.getWorkspaceId()),
                    reason.getReason(), f.getTicket()));
            return "The deletion is " + d.state() + "; the owner follows it and receives its confirmation.";
        });
    }

    public List<DeadLetterView> deadLetters(SupportActor actor) {
        return deadLetters.list(actor, DEAD_LETTERS);
    }

    public Outcome retry(SupportActor actor, DeadLetterView letter, ReasonForm reason) {
        return Outcome.of(() -> {
            deadLetters.retry(actor, letter.id(), reason.getReason());
            return "The " + letter.template() + " email is queued again.";
        });
    }

    public Outcome discard(SupportActor actor, DeadLetterView letter, ReasonForm reason) {
        return Outcome.of(() -> {
            deadLetters.discard(actor, letter.id(), reason.getReason());
            return "The " + letter.template() + " email is discarded.";
        });
    }

    private static String strip(String raw) {
        return raw == null ? null : raw.strip();
    }
}
