package com.coachkeep.support.application.service;

import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.CoachNoteView;
import com.coachkeep.roster.application.port.in.ListClientsQuery;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.application.port.out.CoachNoteRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.ViewWorkspaceContentUseCase;
import com.coachkeep.support.domain.GrantScope;
import com.coachkeep.support.domain.SupportGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The roster and coach notes of a workspace as the holder of a grant sees them, read-only: the staff view of a client
 * (as the owner sees it), and notes decrypted by the roster's own store, as for the coach. Every view goes through
 * {@link GrantedAccess}.
 */
@ApplicationScoped
@Transactional
public class ViewWorkspaceContentService implements ViewWorkspaceContentUseCase {
    private final GrantedAccess access;
    private final ClientRepository clients;
    private final CoachNoteRepository notes;

    @Inject
    public ViewWorkspaceContentService(GrantedAccess access, ClientRepository clients, CoachNoteRepository notes) {
        this.access = access;
        this.clients = clients;
        this.notes = notes;
    }

    protected ViewWorkspaceContentService() {
        this(null, null, null);
    }

    @Override
    public Page<ClientView> listClients(SupportActor actor, String grantId, ListClientsQuery q) {
        SupportGrant grant = access.open(actor, grantId, GrantScope.ROSTER);
        Page<ClientView> page = clients.list(grant.workspaceId(), new ClientRepository.Filter(q.status(), q.search(), null), q.page())
                .map(ClientView::forStaff);
        access.viewed(actor, grant, "clients", "workspace", grant.workspaceId(), page.items().size());
        return page;
    }

    @Override
    public ClientView getClient(SupportActor actor, String grantId, ClientId clientId) {
        SupportGrant grant = access.open(actor, grantId, GrantScope.ROSTER);
        Client client = clients.findById(grant.workspaceId(), clientId).orElseThrow(() -> new NotFoundException("client"));
        access.viewed(actor, grant, "client", "client", client.id(), 1);
        return ClientView.forStaff(client);
    }

    @Override
    public Page<CoachNoteView> listCoachNotes(SupportActor actor, String grantId, ClientId clientId, PageRequest page) {
        SupportGrant grant = access.open(actor, grantId, GrantScope.COACH_NOTES);
        Client client = clients.findById(grant.workspaceId(), clientId).orElseThrow(() -> new NotFoundException("client"));
        Page<CoachNoteView> shown = notes.list(grant.workspaceId(), client.id(), page).map(CoachNoteView::of);
        access.viewed(actor, grant, "coach_notes", "client", client.id(), shown.items().size());
        return shown;
    }
}
