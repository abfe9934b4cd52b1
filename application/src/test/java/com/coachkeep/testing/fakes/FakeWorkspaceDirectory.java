package com.coachkeep.testing.fakes;

import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.WorkspaceLookupQuery;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.support.application.port.out.WorkspaceDirectoryPort;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The workspace directory over the other fakes: metadata and counts, as the database function computes them. */
public final class FakeWorkspaceDirectory implements WorkspaceDirectoryPort {
    private final FakeWorkspaceRepository workspaces;
    private final FakeMembershipRepository memberships;
    private final FakeClientRepository clients;
    private final FakePersonRepository people;
    private final List<WorkspaceId> known = new ArrayList<>();

    public FakeWorkspaceDirectory(FakeWorkspaceRepository workspaces, FakeMembershipRepository memberships, FakeClientRepository clients,
            FakePersonRepository people) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.clients = clients;
        this.people = people;
    }

    /** Makes a workspace findable (the fake repository cannot list all of them). */
    public void know(WorkspaceId id) {
        known.add(id);
    }

    @Override
    public Page<WorkspaceSummary> lookUp(WorkspaceLookupQuery q) {
        List<WorkspaceSummary> found = known.stream().map(this::find).flatMap(Optional::stream).filter(s -> switch (q.kind()) {
            case ID -> s.id().equals(q.text());
            case OWNER_EMAIL -> q.text().equalsIgnoreCase(s.ownerEmail());
            case NAME -> s.name().toLowerCase(Locale.ROOT).contains(q.text().toLowerCase(Locale.ROOT));
        }).limit(q.page().limit()).toList();
        return new Page<>(found, null);
    }

    @Override
    public Optional<WorkspaceSummary> find(WorkspaceId id) {
        return workspaces.findById(id).map(this::summary);
    }

    private WorkspaceSummary summary(Workspace w) {
        List<Membership> all = memberships.allOf(w.id());
        long staff = all.stream().filter(Membership::isActive).filter(m -> m.role() != Role.CLIENT).count();
        long clientCount = clients.list(w.id(), new com.coachkeep.roster.application.port.out.ClientRepository.Filter(null, null, null),
                com.coachkeep.shared.domain.PageRequest.first(100)).items().size();
        String status = w.deletionRequested() ? WorkspaceSummary.DELETING : w.suspended() ? WorkspaceSummary.SUSPENDED : WorkspaceSummary.ACTIVE;
        String email = people.findById(w.ownerId()).map(p -> p.email() == null ? null : p.email().value()).orElse(null);
        return new WorkspaceSummary(w.id().value().toString(), w.settings().name(), w.createdAt(), status, staff, clientCount, email);
    }
}
