package com.coachkeep.privacy.domain;

import com.coachkeep.shared.domain.DomainRuleException;
import java.util.List;

/**
 * An account cannot be deleted while it owns a workspace in use: the business, its clients and their data would be
 * left without an owner. The owner deletes each workspace first (typing its name), then the account.
 */
public class AccountOwnsWorkspacesException extends DomainRuleException {
    public static final String CODE = "account-owns-workspaces";

    public AccountOwnsWorkspacesException(List<String> workspaceNames) {
        super(CODE, "You own " + (workspaceNames.size() == 1 ? "a workspace" : workspaceNames.size() + " workspaces")
                + " (" + String.join(", ", workspaceNames) + "). Delete "
                + (workspaceNames.size() == 1 ? "it" : "each of them") + " first (DELETE /api/v1/workspaces/{id}), then your account.");
    }
}
