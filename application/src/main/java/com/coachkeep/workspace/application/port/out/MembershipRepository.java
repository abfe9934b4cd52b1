package com.coachkeep.workspace.application.port.out;

import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Workspace;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

public interface MembershipRepository {
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

    /**
     * The person with this issuer and subject, with their active membership in the workspace, the workspace and the
     * membership's custom role, read in one query. Empty when no such person exists, or when this repository cannot
     * read them together: the caller then reads them one by one.
     */
    default Optional<CallerMembership> findCallerMembership(String issuer, String subject, WorkspaceId workspaceId) {
        return Optional.empty();
    }

    Optional<Membership> findActive(WorkspaceId workspaceId, PersonId personId);

    /** The active membership (staff or client) of the person with this email in the workspace, if any. */
    Optional<Membership> findActiveByEmail(WorkspaceId workspaceId, com.coachkeep.shared.domain.EmailAddress email);

    Optional<Membership> findById(WorkspaceId workspaceId, MembershipId id);

    /**
     * A person's own active memberships across workspaces: the one read that legitimately spans workspaces,
     * always keyed by the caller's own person id.
     */
    List<Membership> findActiveOfPerson(PersonId personId);

    /** Active staff memberships (owner, coaches, assistants), oldest first, keyset-paginated. */
    Page<Membership> listActiveStaff(WorkspaceId workspaceId, PageRequest page);

    /** How many active members hold this custom role. */
    long countActiveWithCustomRole(WorkspaceId workspaceId, com.coachkeep.workspace.domain.CustomRoleId customRoleId);

    void add(Membership membership);

    void update(Membership membership);
}
