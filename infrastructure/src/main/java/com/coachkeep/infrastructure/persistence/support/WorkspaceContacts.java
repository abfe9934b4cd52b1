package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.out.ContactsPort;
import com.coachkeep.workspace.application.port.in.EmailBranding;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A workspace's owner through the workspace context's stores (each read under that workspace's row-level security). */
@ApplicationScoped
public class WorkspaceContacts implements ContactsPort {
    @Inject
    WorkspaceRepository workspaces;
    @Inject
    PersonRepository people;

    @Inject
    @ConfigProperty(name = "coachkeep.security.contact-email", defaultValue = "security@coachkeep.app")
    String securityMailbox;

    @Override
    public Optional<OwnerContact> owner(WorkspaceId workspaceId) {
        return workspaces.findById(workspaceId).flatMap(w -> people.findById(w.ownerId())
                .filter(p -> p.email() != null)
                .map(p -> new OwnerContact(new MailPort.Recipient(p.email(), p.displayName(), p.id()), EmailBranding.of(w.settings()),
                        w.settings().locale())));
    }

    @Override
    public String securityMailbox() {
        return securityMailbox;
    }
}
