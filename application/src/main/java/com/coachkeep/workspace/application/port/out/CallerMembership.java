package com.coachkeep.workspace.application.port.out;

import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Workspace;
import java.util.Objects;
import java.util.Optional;

/**
 * A person found by their identity provider's issuer and subject, read together with their active membership in
 * one workspace, that workspace, and the membership's custom role when it has one: everything a request needs to
 * know who acts and what they may do, as stored now.
 *
 * @param person     the person
 * @param membership their active membership in the workspace; empty when they have none (or the workspace is missing)
 * @param workspace  the workspace; empty without a membership
 * @param customRole the membership's custom role; empty unless its role is {@code CUSTOM} and the role exists
 */
public record CallerMembership(Person person, Optional<Membership> membership, Optional<Workspace> workspace,
        Optional<CustomRole> customRole) {
    public CallerMembership {
        Objects.requireNonNull(person);
        Objects.requireNonNull(membership);
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(customRole);
    }
}
