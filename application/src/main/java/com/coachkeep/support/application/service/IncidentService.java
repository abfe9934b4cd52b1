package com.coachkeep.support.application.service;

import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.IncidentView;
import com.coachkeep.support.application.port.in.ManageIncidentsUseCase;
import com.coachkeep.support.application.port.in.Reason;
import com.coachkeep.support.application.port.in.RecordIncidentCommand;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.out.IncidentRepository;
import com.coachkeep.support.application.port.out.ContactsPort;
import com.coachkeep.support.domain.Incident;
import com.coachkeep.support.domain.IncidentId;
import com.coachkeep.support.domain.IncidentUpdate;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Security incidents. Recording one stores it with its affected workspaces, queues the security notice to each
 * affected workspace's owner (essential: always sent) in the same transaction, and publishes the first update; a
 * workspace that no longer exists or whose owner has no address is counted, not failed on.
 */
@ApplicationScoped
@Transactional
public class IncidentService implements ManageIncidentsUseCase {
    private final IncidentRepository incidents;
    private final ContactsPort contacts;
    private final MailPort mail;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public IncidentService(IncidentRepository incidents, ContactsPort contacts, MailPort mail, AuditTrail audit, Clock clock) {
        this.incidents = incidents;
        this.contacts = contacts;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    protected IncidentService() {
        this(null, null, null, null, null);
    }

    @Override
    public IncidentView record(SupportActor actor, RecordIncidentCommand c) {
        actor.require(SupportPermission.INCIDENTS_MANAGE);
        String why = Reason.require(c.reason());
        Set<WorkspaceId> workspaces = new LinkedHashSet<>();
        List<String> ids = c.affectedWorkspaceIds() == null ? List.of() : c.affectedWorkspaceIds();
        for (int i = 0; i < ids.size(); i++) {
            try {
                workspaces.add(new WorkspaceId(Ids.parse(ids.get(i))));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("affectedWorkspaceIds[" + i + "]", "must be a workspace id");
            }
        }
        Instant now = clock.instant();
        Incident incident = Incident.record(IncidentId.random(), c.publicTitle(), c.whatHappened(), c.dataAffected(), c.remediation(),
                c.severity(), workspaces, c.detectedAt(), c.firstUpdate(), now);
        incidents.add(incident);
        int notified = 0;
        for (WorkspaceId w : incident.affectedWorkspaces()) {
            var owner = contacts.owner(w);
            if (owner.isEmpty()) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("title", incident.publicTitle());
            model.put("summary", incident.whatHappened());
            model.put("detectedAt", incident.detectedAt().toString());
            model.put("affectedData", incident.dataAffected());
            model.put("actionsTaken", incident.remediation());
            model.put("contactEmail", contacts.securityMailbox());
            if (c.recommendations() != null && !c.recommendations().isBlank()) {
                model.put("recommendations", c.recommendations().strip());
            }
            mail.enqueue(new MailPort.Email(EmailTemplate.SECURITY_INCIDENT_NOTICE, owner.get().recipient(), w, owner.get().locale(),
                    owner.get().branding(), model, "security-incident:" + incident.id() + ":" + w.value()));
            notified++;
        }
        audit.record(SupportAudit.of(actor, "incident.recorded").target("incident", incident.id()).reason(why)
                .detail("severity", incident.severity().wireName()).detail("workspaces", incident.affectedWorkspaces().size())
                .detail("ownersNotified", notified));
        return IncidentView.of(incident);
    }

    @Override
    public IncidentView postUpdate(SupportActor actor, String incidentId, String publicText, String reason) {
        return post(actor, incidentId, publicText, reason, false);
    }

    @Override
    public IncidentView resolve(SupportActor actor, String incidentId, String publicText, String reason) {
        return post(actor, incidentId, publicText, reason, true);
    }

    private IncidentView post(SupportActor actor, String incidentId, String text, String reason, boolean resolve) {
        actor.require(SupportPermission.INCIDENTS_MANAGE);
        String why = Reason.require(reason);
        Incident incident = incidents.find(new IncidentId(Ids.parse(incidentId))).orElseThrow(() -> new NotFoundException("incident"));
        Instant now = clock.instant();
        IncidentUpdate update = resolve ? incident.resolve(text, now) : incident.postUpdate(text, now);
        incidents.addUpdate(incident.id(), update, incident.resolvedAt());
        audit.record(SupportAudit.of(actor, resolve ? "incident.resolved" : "incident.updated").target("incident", incident.id()).reason(why));
        return IncidentView.of(incident);
    }

    @Override
    public List<IncidentView> list(SupportActor actor) {
        actor.require(SupportPermission.INCIDENTS_MANAGE);
        return incidents.list(MAX).stream().map(IncidentView::of).toList();
    }
}
