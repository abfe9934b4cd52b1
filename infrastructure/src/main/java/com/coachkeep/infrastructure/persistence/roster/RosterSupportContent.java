package com.coachkeep.infrastructure.persistence.roster;

import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.SupportContentView;
import com.coachkeep.support.application.port.out.SupportContentPort;
import com.coachkeep.support.domain.GrantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The roster's support scope {@code roster}: the client list and one client's profile as the workspace's owner sees
 * them, without the coach's notes. Ordinary: it starts without a second person's approval.
 */
@ApplicationScoped
public class RosterSupportContent implements SupportContentPort {
    static final GrantScope SCOPE = GrantScope.of("roster", false);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final List<String> COLUMNS = List.of("Client", "Email", "Status", "Joined", "Added");

    private final ClientRepository clients;

    @Inject
    public RosterSupportContent(ClientRepository clients) {
        this.clients = clients;
    }

    protected RosterSupportContent() {
        this(null);
    }

    @Override
    public GrantScope scope() {
        return SCOPE;
    }

    @Override
    public String label() {
        return "Roster (clients)";
    }

    @Override
    public SupportContentView read(WorkspaceId workspace, String item, PageRequest page) {
        if (item == null) {
            Page<Client> list = clients.list(workspace, new ClientRepository.Filter(null, null, null), page);
            return new SupportContentView("clients", "workspace", workspace.value().toString(), COLUMNS,
                    list.items().stream().map(RosterSupportContent::row).toList(), list.nextCursor());
        }
        Client client = client(clients, workspace, item);
        return new SupportContentView("client", "client", client.id().toString(), COLUMNS, List.of(row(client)), null);
    }

    /** The client {@code item} names in the workspace; not found otherwise. */
    static Client client(ClientRepository clients, WorkspaceId workspace, String item) {
        return clients.findById(workspace, ClientId.parse(item)).orElseThrow(() -> new NotFoundException("client"));
    }

    private static SupportContentView.Row row(Client c) {
        return new SupportContentView.Row(c.id().toString(), List.of(c.displayName(), c.email().value(), c.status().wireName(),
                c.personId() != null ? "yes" : "not yet", TIME.format(c.createdAt())));
    }
}
