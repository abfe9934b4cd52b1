package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.in.DeleteAccountCommand;
import com.coachkeep.privacy.application.port.in.DeleteAccountUseCase;
import com.coachkeep.privacy.application.port.in.LeaveWorkspaceCommand;
import com.coachkeep.privacy.application.port.in.LeaveWorkspaceUseCase;
import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.application.port.out.TombstoneRepository;
import com.coachkeep.privacy.domain.AccountTombstone;
import com.coachkeep.privacy.domain.AccountOwnsWorkspacesException;
import com.coachkeep.privacy.domain.RecentSignInRequiredException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Role;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person deletes their account, in one transaction:
 * <ol>
 *   <li>refused while they own a workspace in use (its deletion comes first, with its typed name);</li>
 *   <li>in every workspace where they are a client, the client self-deletion runs as if they had asked for it there
 *       (their data erased, their key destroyed, a tombstone, their coach told);</li>
 *   <li>in every workspace where they are staff, their membership ends (what they wrote for the business, such as
 *       coach notes, stays with it, as when an owner removes a coach);</li>
 *   <li>every feature's person-level data goes ({@link PersonalDataErasurePort#erasePerson}: email preferences,
 *       remembered responses);</li>
 *   <li>the person row keeps only its id, its creation time, the deletion time and a one-way digest of the
 *       identity, so records that point at it stay valid, no name or email is left, and tokens issued before the
 *       deletion stop working at once;</li>
 *   <li>an account tombstone is written outside the backups, so a restored backup replays the deletion.</li>
 * </ol>
 */
@ApplicationScoped
public class DeleteAccountService implements DeleteAccountUseCase {
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final PersonRepository people;
    private final LeaveWorkspaceUseCase leaveAsClient;
    private final ErasureFeaturesPort features;
    private final TombstoneRepository tombstones;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public DeleteAccountService(MembershipRepository memberships, WorkspaceRepository workspaces, PersonRepository people,
            LeaveWorkspaceUseCase leaveAsClient, ErasureFeaturesPort features, TombstoneRepository tombstones, AuditTrail audit,
            Clock clock) {
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.people = people;
        this.leaveAsClient = leaveAsClient;
        this.features = features;
        this.tombstones = tombstones;
        this.audit = audit;
        this.clock = clock;
    }

    protected DeleteAccountService() {
        this(null, null, null, null, null, null, null, null);
    }

    @Override
    @Transactional
    public AccountDeletionView delete(Caller caller, DeleteAccountCommand command) {
        Instant now = clock.instant();
        RecentSignInRequiredException.check(command.signedInAt(), now);
        List<Membership> active = new ArrayList<>();
        List<String> owned = new ArrayList<>();
        for (Membership m : memberships.findActiveOfPerson(caller.personId())) {
            Optional<Workspace> workspace = workspaces.findById(m.workspaceId()).filter(w -> !w.deletionRequested());
            if (workspace.isEmpty()) {
                continue; // being deleted: the deletion job erases the membership with everything else
            }
            if (m.role() == Role.OWNER) {
                owned.add(workspace.get().settings().name());
            }
            active.add(m);
        }
        if (!owned.isEmpty()) {
            throw new AccountOwnsWorkspacesException(owned);
        }
        int clientWorkspaces = 0;
        int staffWorkspaces = 0;
        for (Membership m : active) {
            Actor actor = new Actor(caller.personId(), m.workspaceId(), m.id(), m.role().wireName(), m.role().isStaff(),
                    m.role().permissions(), caller.multiFactor());
            if (m.role() == Role.CLIENT) {
                leaveAsClient.leave(actor, new LeaveWorkspaceCommand(true, command.signedInAt()));
                clientWorkspaces++;
            } else {
                m.remove(now);
                memberships.update(m);
                audit.record(AuditRecord.of(actor, "staff.account_deleted").target("membership", m.id()));
                staffWorkspaces++;
            }
        }
        PersonErasure.erase(features, people, caller.personId(), now);
        tombstones.addAccount(new AccountTombstone(caller.personId(), now));
        return new AccountDeletionView(clientWorkspaces, staffWorkspaces);
    }
}
