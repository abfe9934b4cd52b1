package com.coachkeep.privacy.application.service;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.privacy.application.port.in.DeleteWorkspaceCommand;
import com.coachkeep.privacy.application.port.in.DeleteWorkspaceOnRequestUseCase;
import com.coachkeep.privacy.application.port.in.DeleteWorkspaceUseCase;
import com.coachkeep.privacy.application.port.in.EraseDeletedWorkspacesUseCase;
import com.coachkeep.privacy.application.port.in.GetWorkspaceDeletionUseCase;
import com.coachkeep.privacy.application.port.in.SettleDeletedWorkspaceUseCase;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionRequestedEvent;
import com.coachkeep.privacy.application.port.in.WorkspaceDeletionView;
import com.coachkeep.privacy.application.port.out.DeletionSettlementPort;
import com.coachkeep.privacy.application.port.out.ErasureFeaturesPort;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.privacy.application.port.out.SubjectKeyPort;
import com.coachkeep.privacy.application.port.out.TombstoneRepository;
import com.coachkeep.privacy.application.port.out.WorkspaceDeletionRepository;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.RecentSignInRequiredException;
import com.coachkeep.privacy.domain.Tombstone;
import com.coachkeep.privacy.domain.WorkspaceDeletion;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deleting a workspace (P-DEL-1). The request does what must hold from the first second, in one transaction: the
 * workspace is marked as being deleted (every member is answered as if it did not exist), the keys of all its
 * subjects are destroyed (every encrypted value and file of it is unreadable, in backups too), a tombstone is
 * written apart from the backups, the owner's confirmation is queued and the deletion is recorded in the platform
 * trail. The deletion job then erases the rows feature by feature, in batches, through every
 * {@link PersonalDataErasurePort}, the workspace's own row last; before each batch it settles what would keep charging the
 * workspace outside Coachkeep ({@link DeletionSettlementPort}: its subscription at Stripe is cancelled).
 */
@ApplicationScoped
public class WorkspaceDeletionService implements DeleteWorkspaceUseCase, DeleteWorkspaceOnRequestUseCase, GetWorkspaceDeletionUseCase, EraseDeletedWorkspacesUseCase,
        SettleDeletedWorkspaceUseCase {
    /** How long backups are kept: copies of deleted data are gone from them by then (P-DEL-3). */
    static final Duration BACKUP_RETENTION = Duration.ofDays(30);

    private final WorkspaceRepository workspaces;
    private final PersonRepository people;
    private final WorkspaceDeletionRepository deletions;
    private final TombstoneRepository tombstones;
    private final SubjectKeyPort keys;
    private final ErasureFeaturesPort features;
    private final MailPort mail;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<WorkspaceDeletionRequestedEvent> requested;

    @Inject
    public WorkspaceDeletionService(WorkspaceRepository workspaces, PersonRepository people, WorkspaceDeletionRepository deletions,
            TombstoneRepository tombstones, SubjectKeyPort keys, ErasureFeaturesPort features, MailPort mail, AuditTrail audit,
            Clock clock, Event<WorkspaceDeletionRequestedEvent> requested) {
        this.workspaces = workspaces;
        this.people = people;
        this.deletions = deletions;
        this.tombstones = tombstones;
        this.keys = keys;
        this.features = features;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.requested = requested;
    }

    protected WorkspaceDeletionService() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    @Transactional
    public WorkspaceDeletionView delete(Actor actor, DeleteWorkspaceCommand command) {
        actor.require(Permission.WORKSPACE_DELETE);
        Instant now = clock.instant();
        RecentSignInRequiredException.check(command.signedInAt(), now);
        Workspace workspace = workspaces.findById(actor.workspaceId()).orElseThrow(() -> new NotFoundException("workspace"));
        workspace.requestDeletion(command.confirmName(), now);
        return carryOut(workspace, actor.personId(), now,
                new AuditRecord(AuditEntry.PLATFORM, AuditRecord.By.PERSON, actor.personId().toString(), "workspace.deleted", null, null,
                        null, Map.of()));
    }

    /**
     * Deletes a workspace on its owner's documented request, carried out by support (who checked the request and
     * authorised themselves before calling this): the same deletion as the owner's own, with the owner as the person
     * who asked (they follow it and receive its confirmation) and {@code recordedAs} naming support in the platform
     * trail. A workspace already being deleted is not found.
     */
    @Override
    @Transactional
    public WorkspaceDeletionView deleteOnOwnersRequest(WorkspaceId id, AuditRecord recordedAs) {
        Instant now = clock.instant();
        Workspace workspace = workspaces.findById(id).filter(w -> !w.deletionRequested()).orElseThrow(() -> new NotFoundException("workspace"));
        workspace.requestDeletion(workspace.settings().name(), now);
        return carryOut(workspace, workspace.ownerId(), now, recordedAs);
    }

    private WorkspaceDeletionView carryOut(Workspace workspace, PersonId requester, Instant now, AuditRecord recordedAs) {
        WorkspaceId id = workspace.id();
        workspaces.update(workspace);
        int destroyed = keys.destroyWorkspace(id);
        tombstones.add(new Tombstone(DataSubject.workspace(id), now));
        WorkspaceDeletion deletion = WorkspaceDeletion.start(id, requester, featureNames(), now);
        deletions.add(deletion);
        confirm(requester, workspace, now);
        // In the platform trail: the workspace's own trail is erased with it. Ids and counts only.
        audit.record(recordedAs.target("workspace", id).detail("keysDestroyed", destroyed));
        // observed after the commit: what would keep charging the workspace outside Coachkeep is settled at once
        requested.fire(new WorkspaceDeletionRequestedEvent(id, now));
        return WorkspaceDeletionView.of(deletion);
    }

    /**
     * The confirmation goes out as a platform email (not the workspace's): the workspace's own queued emails are
     * erased with it.
     */
    private void confirm(PersonId requester, Workspace workspace, Instant now) {
        Optional<Person> owner = people.findById(requester).filter(p -> p.email() != null);
        if (owner.isEmpty()) {
            return;
        }
        Person p = owner.get();
        Map<String, Object> model = new LinkedHashMap<>();
        if (p.displayName() != null) {
            model.put("recipientName", p.displayName());
        }
        model.put("scope", "your workspace " + workspace.settings().name() + " and everything in it");
        model.put("deletedAt", DateTimeFormatter.ISO_INSTANT.format(now));
        model.put("details", "Its staff and clients can no longer reach it, and its encryption keys were destroyed at once, "
                + "so nothing of it can be read any more; its remaining records are being erased now.");
        model.put("backupsExpireAt", DateTimeFormatter.ISO_INSTANT.format(now.plus(BACKUP_RETENTION)));
        mail.enqueue(new MailPort.Email(EmailTemplate.DELETION_CONFIRMATION,
                new MailPort.Recipient(p.email(), p.displayName(), p.id()), null, workspace.settings().locale(),
                MailPort.Branding.platform(), model, "workspace-deletion:" + workspace.id()));
    }

    @Override
    @Transactional
    public Optional<WorkspaceDeletionView> findRequestedBy(Caller caller, WorkspaceId workspaceId) {
        return deletions.find(workspaceId).filter(d -> d.requestedBy().equals(caller.personId())).map(WorkspaceDeletionView::of);
    }

    @Override
    public WorkspaceDeletionView get(Actor actor) {
        actor.require(Permission.WORKSPACE_DELETE);
        return WorkspaceDeletionView.none(actor.workspaceId());
    }

    @Override
    @Transactional
    public boolean eraseNextBatch(int batchSize) {
        Optional<WorkspaceDeletion> next = deletions.claimNextUnfinished();
        if (next.isEmpty()) {
            return false;
        }
        WorkspaceDeletion deletion = next.get();
        // first what would keep charging the workspace outside Coachkeep (its subscription at Stripe): a failure rolls the
        // batch back before anything is erased, and the rows naming what is still to be settled stay until it succeeded
        for (DeletionSettlementPort settlement : features.settlements()) {
            settlement.settle(deletion.workspaceId());
        }
        List<PersonalDataErasurePort> ports = features.inOrder();
        deletion.plan(ports.stream().map(PersonalDataErasurePort::feature).toList());
        String feature = deletion.nextFeature().orElseThrow();
        Optional<PersonalDataErasurePort> port = ports.stream().filter(p -> p.feature().equals(feature)).findFirst();
        // a feature no longer in the code has nothing left to erase
        long erased = port.isPresent() ? port.get().eraseWorkspaceBatch(deletion.workspaceId(), batchSize) : 0;
        Instant now = clock.instant();
        deletion.erased(feature, erased, now);
        deletions.update(deletion);
        if (deletion.state() == WorkspaceDeletion.State.DONE) {
            audit.record(new AuditRecord(AuditEntry.PLATFORM, AuditRecord.By.SYSTEM, "deletion-job", "workspace.erased", "workspace",
                    deletion.workspaceId().toString(), null, Map.of("rows", Long.toString(deletion.erasedRows()),
                    "seconds", Long.toString(Duration.between(deletion.requestedAt(), now).toSeconds()))));
        }
        return true;
    }

    @Override
    @Transactional
    public void settle(WorkspaceId workspaceId) {
        if (deletions.find(workspaceId).filter(d -> d.state() != WorkspaceDeletion.State.DONE).isEmpty()) {
            return;
        }
        for (DeletionSettlementPort settlement : features.settlements()) {
            settlement.settle(workspaceId);
        }
    }

    @Override
    @Transactional
    public int forgetFinished(Duration retention) {
        return deletions.removeFinishedBefore(clock.instant().minus(retention));
    }

    private List<String> featureNames() {
        return features.inOrder().stream().map(PersonalDataErasurePort::feature).toList();
    }
}
