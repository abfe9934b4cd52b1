package com.coachkeep.infrastructure.persistence.roster;

import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.application.port.out.CoachNoteRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.SupportContentView;
import com.coachkeep.support.application.port.out.SupportContentPort;
import com.coachkeep.support.domain.GrantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The roster's support scope {@code coach-notes}: one client's coach notes, decrypted by the roster's own store as for
 * the coach, read beside the roster (which the scope includes). Sensitive: a second member of staff approves it first.
 */
@ApplicationScoped
public class CoachNotesSupportContent implements SupportContentPort {
    static final GrantScope SCOPE = new GrantScope("coach-notes", true, Set.of(RosterSupportContent.SCOPE.name()));
    private static final List<String> COLUMNS = List.of("Written", "Note");

    private final ClientRepository clients;
    private final CoachNoteRepository notes;

    @Inject
    public CoachNotesSupportContent(ClientRepository clients, CoachNoteRepository notes) {
        this.clients = clients;
        this.notes = notes;
    }

    protected CoachNotesSupportContent() {
        this(null, null);
    }

    @Override
    public GrantScope scope() {
        return SCOPE;
    }

    @Override
    public String label() {
        return "Coach notes";
    }

    @Override
    public SupportContentView read(WorkspaceId workspace, String item, PageRequest page) {
        if (item == null) {
            throw new NotFoundException("client");
        }
        Client client = RosterSupportContent.client(clients, workspace, item);
        Page<CoachNote> shown = notes.list(workspace, client.id(), page);
        return new SupportContentView("coach_notes", "client", client.id().toString(), COLUMNS,
                shown.items().stream().map(n -> new SupportContentView.Row(n.id().toString(),
                        List.of(RosterSupportContent.TIME.format(n.createdAt()), n.erased() ? "(erased)" : n.body()))).toList(),
                shown.nextCursor());
    }
}
