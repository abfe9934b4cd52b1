package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.in.DownloadExportUseCase;
import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.in.GetExportUseCase;
import com.coachkeep.privacy.application.port.in.RequestExportOnRequestUseCase;
import com.coachkeep.privacy.application.port.in.RequestExportUseCase;
import com.coachkeep.privacy.application.port.out.DataExportRepository;
import com.coachkeep.privacy.application.port.out.ExportJobPort;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.privacy.domain.DataExport;
import com.coachkeep.privacy.domain.DownloadToken;
import com.coachkeep.privacy.domain.ExportId;
import com.coachkeep.privacy.domain.ExportPolicy;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.RateLimitedException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.application.port.out.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Requests, progress and downloads of data exports. An export is visible only to the person who asked for it; to
 * anyone else it does not exist. Each person may ask for {@link ExportPolicy#dailyLimit()} exports per workspace in
 * any 24 hours, counted in the database (so the limit holds across nodes).
 */
@ApplicationScoped
@Transactional
public class DataExportService implements RequestExportUseCase, RequestExportOnRequestUseCase, GetExportUseCase, DownloadExportUseCase {
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final DataExportRepository exports;
    private final List<PersonalDataExportPort> features;
    private final ClientRepository clients;
    private final MembershipRepository memberships;
    private final FileStorePort files;
    private final ExportJobPort jobs;
    private final AuditTrail audit;
    private final ExportPolicy policy;
    private final Clock clock;

    @Inject
    public DataExportService(DataExportRepository exports, List<PersonalDataExportPort> features, ClientRepository clients,
            MembershipRepository memberships, FileStorePort files, ExportJobPort jobs, AuditTrail audit, ExportPolicy policy,
            Clock clock) {
        this.exports = exports;
        this.features = features;
        this.clients = clients;
        this.memberships = memberships;
        this.files = files;
        this.jobs = jobs;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    protected DataExportService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public ExportView requestWorkspaceExport(Actor actor) {
        actor.require(Permission.WORKSPACE_EXPORT);
        return request(actor.workspaceId(), actor.personId(), null, AuditRecord.of(actor, "export.requested"));
    }

    /**
     * The owner's export of the whole workspace asked for on their documented request by support (who checked the
     * request and authorised themselves before calling this): the owner is the person who asked (only they download
     * it; it counts against their daily limit), {@code recordedAs} names support in the workspace's trail.
     */
    @Override
    public ExportView requestWorkspaceExportForOwner(WorkspaceId workspaceId, PersonId owner, AuditRecord recordedAs) {
        return request(workspaceId, owner, null, recordedAs);
    }

    /** A client's export of their own data asked for on their documented request by support; as above, the client asked. */
    @Override
    public ExportView requestClientExportForClient(WorkspaceId workspaceId, ClientId clientId, PersonId client, AuditRecord recordedAs) {
        return request(workspaceId, client, clientId, recordedAs);
    }

    @Override
    public ExportView requestOwnExport(Actor actor) {
        actor.require(Permission.SELF_EXPORT);
        ClientId client = clients.findByPerson(actor.workspaceId(), actor.personId()).orElseThrow(() -> new NotFoundException("client"))
                .id();
        return request(actor.workspaceId(), actor.personId(), client, AuditRecord.of(actor, "export.requested"));
    }

    private ExportView request(WorkspaceId workspaceId, PersonId requester, ClientId clientId, AuditRecord requested) {
        Instant now = clock.instant();
        List<Instant> recent = exports.lockAndListRequestedSince(workspaceId, requester, now.minus(ExportPolicy.WINDOW));
        if (recent.size() >= policy.dailyLimit()) {
            Instant freed = recent.get(recent.size() - policy.dailyLimit()).plus(ExportPolicy.WINDOW);
            Duration wait = Duration.between(now, freed);
            throw new RateLimitedException("At most " + policy.dailyLimit() + " exports a day; ask again later.",
                    wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
        DataExport export = DataExport.request(workspaceId, clientId, requester,
                features.stream().map(PersonalDataExportPort::feature).toList(), now);
        exports.add(export);
        audit.record(requested.target("export", export.id())
                .detail("scope", export.scope().name().toLowerCase(java.util.Locale.ROOT)).detail("client", clientId));
        jobs.queued(export.id());
        return ExportView.of(export, null);
    }

    @Override
    public ExportView get(Actor actor, ExportId id) {
        DataExport export = exports.find(actor.workspaceId(), id).filter(e -> e.requestedBy().equals(actor.personId()))
                .orElseThrow(() -> new NotFoundException("export"));
        actor.require(export.scope() == DataExport.Scope.WORKSPACE ? Permission.WORKSPACE_EXPORT : Permission.SELF_EXPORT);
        Instant now = clock.instant();
        if (!export.downloadable(now)) {
            return ExportView.of(export, null);
        }
        DownloadToken token = export.issueLink(now, policy.linkValidity());
        exports.update(export);
        return ExportView.of(export, token.value());
    }

    @Override
    public ExportDownload download(Caller caller, ExportId id, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("export");
        }
        Instant now = clock.instant();
        DataExport export = exports.findByDownloadTokenHash(id, DownloadToken.hashOf(token))
                .filter(e -> e.requestedBy().equals(caller.personId()) && e.linkValid(token, now))
                .filter(e -> memberships.findActive(e.workspaceId(), caller.personId()).isPresent())
                .orElseThrow(() -> new NotFoundException("export"));
        InputStream content;
        try {
            content = files.get(export.archiveOwner(), export.fileId()).orElseThrow(() -> new NotFoundException("export"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditRecord.ofPerson(export.workspaceId(), caller, "export.downloaded").target("export", export.id())
                .detail("scope", export.scope().name().toLowerCase(java.util.Locale.ROOT)));
        String name = "coachkeep-export-" + FILE_DATE.format(export.createdAt()) + "-" + export.id().toString().substring(0, 8) + ".zip";
        return new ExportDownload(name, export.sizeBytes(), content);
    }
}
