package com.coachkeep.workspace.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.in.CreateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.CreateWorkspaceUseCase;
import com.coachkeep.workspace.application.port.in.GetMeUseCase;
import com.coachkeep.workspace.application.port.in.GetWorkspaceUseCase;
import com.coachkeep.workspace.application.port.in.MeView;
import com.coachkeep.workspace.application.port.in.UpdateWorkspaceCommand;
import com.coachkeep.workspace.application.port.in.UpdateWorkspaceUseCase;
import com.coachkeep.workspace.application.port.in.WorkspaceView;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Membership;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Workspace;
import com.coachkeep.workspace.domain.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Founding workspaces, reading and changing their settings, and the caller's own view of their memberships. */
@ApplicationScoped
@Transactional
public class WorkspaceService implements CreateWorkspaceUseCase, GetWorkspaceUseCase, UpdateWorkspaceUseCase, GetMeUseCase {
    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public WorkspaceService(WorkspaceRepository workspaces, MembershipRepository memberships, PersonRepository people,
            AuditTrail audit, Clock clock) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    protected WorkspaceService() {
        this(null, null, null, null, null);
    }

    @Override
    public WorkspaceView create(Caller caller, CreateWorkspaceCommand command) {
        Workspace.Founded founded = Workspace.found(command.settings(), caller.personId(), clock.instant());
        workspaces.add(founded.workspace());
        memberships.add(founded.ownerMembership());
        audit.record(AuditRecord.ofPerson(founded.workspace().id(), caller, "workspace.created")
                .target("workspace", founded.workspace().id()));
        return WorkspaceView.of(founded.workspace());
    }

    @Override
    public WorkspaceView get(Actor actor) {
        actor.require(Permission.WORKSPACE_READ);
        return WorkspaceView.of(load(actor.workspaceId()));
    }

    @Override
    public WorkspaceView update(Actor actor, UpdateWorkspaceCommand c) {
        actor.require(Permission.WORKSPACE_MANAGE);
        Workspace workspace = load(actor.workspaceId());
        StaleVersionException.check(c.expectedVersion(), workspace.version());
        WorkspaceSettings s = workspace.settings();
        WorkspaceSettings changed = WorkspaceSettings.parse(
                c.name().orElse(s.name()),
                c.timezone().orElse(s.timezone().getId()),
                c.currency().orElse(s.currency().getCurrencyCode()),
                c.locale().orElse(s.locale().toLanguageTag()),
                c.brandColor().orElse(s.brandColor()),
                c.coachesSeeAllClients().orElse(s.coachesSeeAllClients()));
        Instant now = clock.instant();
        boolean mfaBefore = workspace.staffMfaRequired();
        workspace.changeSettings(changed, now);
        c.staffMfaRequired().ifPresent(required -> workspace.requireStaffMfa(required, actor.multiFactor(), now));
        AuditRecord record = settingsChanged(actor, s, changed);
        if (workspace.staffMfaRequired() != mfaBefore) {
            record = record.detail("staffMfaRequired", workspace.staffMfaRequired());
        }
        audit.record(record);
        return WorkspaceView.of(workspaces.update(workspace));
    }

    @Override
    public MeView me(Caller caller) {
        Person person = people.findById(caller.personId()).orElseThrow(() -> new NotFoundException("person"));
        List<Membership> mine = memberships.findActiveOfPerson(caller.personId());
        Map<WorkspaceId, Workspace> byId = workspaces.findAllById(mine.stream().map(Membership::workspaceId).toList())
                .stream().filter(w -> !w.deletionRequested()).collect(Collectors.toMap(Workspace::id, Function.identity()));
        List<MeView.MembershipSummary> summaries = mine.stream()
                .filter(m -> byId.containsKey(m.workspaceId()))
                .sorted(Comparator.comparing(Membership::createdAt))
                .map(m -> new MeView.MembershipSummary(m.id(), m.workspaceId(), byId.get(m.workspaceId()).settings().name(),
                        m.role().wireName()))
                .toList();
        return new MeView(person.id(), person.email() == null ? null : person.email().value(), person.emailVerified(),
                person.displayName(), summaries);
    }

    /** Which settings changed (names only; the values are in the workspace itself). */
    private static AuditRecord settingsChanged(Actor actor, WorkspaceSettings before, WorkspaceSettings after) {
        List<String> fields = new java.util.ArrayList<>();
        if (!before.name().equals(after.name())) fields.add("name");
        if (!before.timezone().equals(after.timezone())) fields.add("timezone");
        if (!before.currency().equals(after.currency())) fields.add("currency");
        if (!before.locale().equals(after.locale())) fields.add("locale");
        if (!before.brandColor().equals(after.brandColor())) fields.add("brandColor");
        AuditRecord r = AuditRecord.of(actor, "workspace.settings_changed").target("workspace", actor.workspaceId())
                .detail("fields", String.join(",", fields));
        if (before.coachesSeeAllClients() != after.coachesSeeAllClients()) {
            r = r.detail("coachesSeeAllClients", after.coachesSeeAllClients());
        }
        return r;
    }

    private Workspace load(WorkspaceId id) {
        return workspaces.findById(id).orElseThrow(() -> new NotFoundException("workspace"));
    }
}
