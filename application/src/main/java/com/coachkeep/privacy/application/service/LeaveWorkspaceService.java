package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.in.LeaveWorkspaceCommand;
import com.coachkeep.privacy.application.port.in.LeaveWorkspaceUseCase;
import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.application.port.out.SubjectKeyPort;
import com.coachkeep.privacy.application.port.out.TombstoneRepository;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.RecentSignInRequiredException;
import com.coachkeep.privacy.domain.Tombstone;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.in.EmailBranding;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A client deletes their own account and data in a workspace (P-DEL-2), in one transaction: every feature erases
 * what it holds about them ({@link PersonalDataErasurePort#eraseClient}: their record, membership, the coach's notes
 * about them, queued emails to them), their key is destroyed, a tombstone is written apart from the backups, their
 * coach (or, when none is assigned, the owner) is told by email, and the workspace's trail records it with the client
 * as the actor and no personal data. The coach's own content stays. The person's sign-in identity is not workspace
 * data and stays (they may belong to other workspaces).
 */
@ApplicationScoped
public class LeaveWorkspaceService implements LeaveWorkspaceUseCase {
    private final ClientRepository clients;
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final PersonRepository people;
    private final TombstoneRepository tombstones;
    private final SubjectKeyPort keys;
    private final ErasureFeaturesPort features;
    private final MailPort mail;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    @Inject
    public LeaveWorkspaceService(ClientRepository clients, MembershipRepository memberships, WorkspaceRepository workspaces,
            PersonRepository people, TombstoneRepository tombstones, SubjectKeyPort keys, ErasureFeaturesPort features,
            MailPort mail, AuditTrail audit, java.time.Clock clock) {
        this.clients = clients;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.people = people;
        this.tombstones = tombstones;
        this.keys = keys;
        this.features = features;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    protected LeaveWorkspaceService() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    @Transactional
    public void leave(Actor actor, LeaveWorkspaceCommand command) {
        actor.require(Permission.SELF_DELETE);
        Instant now = clock.instant();
        RecentSignInRequiredException.check(command.signedInAt(), now);
        Client client = clients.findByPerson(actor.workspaceId(), actor.personId())
                .orElseThrow(() -> new NotFoundException("client"));
        erase(actor.workspaceId(), client, now, AuditRecord.of(actor, "client.deleted_own_data"));
    }

    /** The erasure itself, shared with support's erasure on a client's documented request. Returns the rows erased. */
    public long erase(WorkspaceId workspaceId, Client client, Instant now, AuditRecord recordedAs) {
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow(() -> new NotFoundException("workspace"));
        PersonId coach = Optional.ofNullable(client.assignedCoach())
                .flatMap(m -> memberships.findById(workspaceId, m))
                .filter(Membership::isActive)
                .map(Membership::personId)
                .orElse(workspace.ownerId());
        long rows = 0;
        for (PersonalDataErasurePort port : features.inOrder()) {
            rows += port.eraseClient(workspaceId, client.id());
        }
        DataSubject subject = DataSubject.client(workspaceId, client.id());
        keys.destroy(subject);
        tombstones.add(new Tombstone(subject, now));
        tell(coach, workspace, client, now);
        audit.record(recordedAs.target("client", client.id()).detail("rows", rows));
        return rows;
    }

    private void tell(PersonId coachId, Workspace workspace, Client client, Instant now) {
        Optional<Person> coach = people.findById(coachId).filter(p -> p.email() != null);
        if (coach.isEmpty()) {
            return;
        }
        Person p = coach.get();
        Map<String, Object> model = new LinkedHashMap<>();
        if (p.displayName() != null) {
            model.put("recipientName", p.displayName());
        }
        model.put("clientName", client.displayName());
        model.put("workspaceName", workspace.settings().name());
        model.put("leftAt", DateTimeFormatter.ISO_INSTANT.format(now));
        mail.enqueue(new MailPort.Email(EmailTemplate.CLIENT_LEFT, new MailPort.Recipient(p.email(), p.displayName(), p.id()),
                workspace.id(), workspace.settings().locale(), EmailBranding.of(workspace.settings()), model,
                "client-left:" + client.id()));
    }
}
