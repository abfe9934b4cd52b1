package com.coachkeep.testing.fakes;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.InvitationRepository;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Invitations in memory; like the real table, it holds the token's hash and never the token. */
public final class FakeInvitationRepository implements InvitationRepository {
    private final Map<InvitationId, Invitation> byId = new LinkedHashMap<>();

    @Override
    public void add(Invitation invitation) {
        if (byId.containsKey(invitation.id())) {
            throw new IllegalStateException("duplicate invitation id " + invitation.id());
        }
        byId.put(invitation.id(), copy(invitation));
    }

    @Override
    public void update(Invitation invitation) {
        Invitation stored = byId.get(invitation.id());
        if (stored == null || !stored.workspaceId().equals(invitation.workspaceId())) {
            throw new IllegalStateException("no such invitation " + invitation.id());
        }
        byId.put(invitation.id(), copy(invitation));
    }

    @Override
    public Optional<Invitation> findById(WorkspaceId workspaceId, InvitationId id) {
        return Optional.ofNullable(byId.get(id)).filter(i -> i.workspaceId().equals(workspaceId))
                .map(FakeInvitationRepository::copy);
    }

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return byId.values().stream().filter(i -> i.tokenHash().equals(tokenHash)).findFirst()
                .map(FakeInvitationRepository::copy);
    }

    @Override
    public Optional<Invitation> findPendingByEmail(WorkspaceId workspaceId, EmailAddress email) {
        return byId.values().stream()
                .filter(i -> i.workspaceId().equals(workspaceId) && i.email().equals(email)
                        && i.status() == Invitation.Status.PENDING)
                .findFirst().map(FakeInvitationRepository::copy);
    }

    @Override
    public Page<Invitation> listPending(WorkspaceId workspaceId, PageRequest page) {
        return Keyset.descending(
                byId.values().stream()
                        .filter(i -> i.workspaceId().equals(workspaceId) && i.status() == Invitation.Status.PENDING)
                        .map(FakeInvitationRepository::copy),
                i -> Keyset.instantKey(i.createdAt()) + "|" + i.id(), page);
    }

    /** Every stored invitation of a workspace, for assertions. */
    public List<Invitation> allOf(WorkspaceId workspaceId) {
        return byId.values().stream().filter(i -> i.workspaceId().equals(workspaceId))
                .map(FakeInvitationRepository::copy).toList();
    }

    private static Invitation copy(Invitation i) {
        return new Invitation(i.id(), i.workspaceId(), i.email(), i.role(), i.tokenHash(), i.clientRef(), i.invitedBy(),
                i.createdAt(), i.expiresAt(), i.status(), i.acceptedBy(), i.acceptedAt());
    }
}
