package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.application.Caller;

/**
 * A person deletes their account (P-DEL-1, P-DEL-2): their data as a client of every workspace, their staff
 * memberships, their email preferences and their identity. Refused while they own a workspace in use.
 */
public interface DeleteAccountUseCase {
    AccountDeletionView delete(Caller caller, DeleteAccountCommand command);

    /**
     * What the deletion did.
     *
     * @param clientWorkspaces workspaces where the person's client data was erased (each coach was told)
     * @param staffWorkspaces  workspaces where the person's staff membership ended (their notes stay with the business)
     */
    record AccountDeletionView(int clientWorkspaces, int staffWorkspaces) {
    }
}
