package com.coachkeep.testing.fakes;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.domain.CustomRoleId;
import com.coachkeep.workspace.domain.Membership;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Memberships in memory, every read scoped to the workspace it names. */
public final class FakeMembershipRepository implements MembershipRepository {
    private final Map<MembershipId, Membership> byId = new LinkedHashMap<>();
    private final FakePersonRepository people;

    public FakeMembershipRepository(FakePersonRepository people) {
        this.people = people;
    }

    @Override
    public Optional<Membership> findActive(WorkspaceId workspaceId, PersonId personId) {
        return byId.values().stream()
                .filter(m -> m.workspaceId().equals(workspaceId) && m.personId().equals(personId) && m.isActive())
                .findFirst().map(FakeMembershipRepository::copy);
    }

    @Override
    public Optional<Membership> findActiveByEmail(WorkspaceId workspaceId, EmailAddress email) {
        List<PersonId> withEmail = people.idsWithEmail(email);
        return byId.values().stream()
                .filter(m -> m.workspaceId().equals(workspaceId) && m.isActive() && withEmail.contains(m.personId()))
                .findFirst().map(FakeMembershipRepository::copy);
    }

    @Override
    public Optional<Membership> findById(WorkspaceId workspaceId, MembershipId id) {
        return Optional.ofNullable(byId.get(id)).filter(m -> m.workspaceId().equals(workspaceId))
                .map(FakeMembershipRepository::copy);
    }

    @Override
    public List<Membership> findActiveOfPerson(PersonId personId) {
        return byId.values().stream().filter(m -> m.personId().equals(personId) && m.isActive())
                .map(FakeMembershipRepository::copy).toList();
    }

    @Override
    public Page<Membership> listActiveStaff(WorkspaceId workspaceId, PageRequest page) {
        return Keyset.ascending(
                byId.values().stream()
                        .filter(m -> m.workspaceId().equals(workspaceId) && m.isActive() && m.role().isStaff())
                        .map(FakeMembershipRepository::copy),
                m -> Keyset.instantKey(m.createdAt()) + "|" + m.id(), page);
    }

    @Override
    public long countActiveWithCustomRole(WorkspaceId workspaceId, CustomRoleId customRoleId) {
        return byId.values().stream().filter(m -> m.workspaceId().equals(workspaceId) && m.isActive()
                && customRoleId.equals(m.customRoleId())).count();
    }

    @Override
    public void add(Membership membership) {
        if (byId.containsKey(membership.id())) {
            throw new IllegalStateException("duplicate membership id " + membership.id());
        }
        if (membership.isActive() && findActive(membership.workspaceId(), membership.personId()).isPresent()) {
            throw new IllegalStateException("person already has an active membership in this workspace");
        }
        byId.put(membership.id(), copy(membership));
    }

    @Override
    public void update(Membership membership) {
        Membership stored = byId.get(membership.id());
        if (stored == null || !stored.workspaceId().equals(membership.workspaceId())) {
            throw new IllegalStateException("no such membership " + membership.id());
        }
        byId.put(membership.id(), copy(membership));
    }

    /** Every stored membership of a workspace, for assertions. */
    public List<Membership> allOf(WorkspaceId workspaceId) {
        return byId.values().stream().filter(m -> m.workspaceId().equals(workspaceId))
                .map(FakeMembershipRepository::copy).toList();
    }

    private static Membership copy(Membership m) {
        return new Membership(m.id(), m.workspaceId(), m.personId(), m.role(), m.customRoleId(), m.status(), m.createdAt(),
                m.removedAt());
    }
}
