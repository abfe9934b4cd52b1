package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.out.DataExportRepository;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.ExportArchiveStorePort;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.privacy.domain.DataExport;
import com.coachkeep.privacy.domain.ExportPolicy;
import com.coachkeep.shared.application.AppLinks;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.workspace.application.port.in.EmailBranding;
import com.coachkeep.workspace.application.port.out.PersonRepository;
import com.coachkeep.workspace.application.port.out.WorkspaceRepository;
import com.coachkeep.workspace.domain.Person;
import com.coachkeep.workspace.domain.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The steps of running an export, each in a transaction of its own: a long export never holds one transaction (or
 * one row lock) for its whole duration, and every committed step is visible to the requester polling its progress.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExportSteps {
    private static final Logger LOG = Logger.getLogger(ExportSteps.class.getName());

    private final DataExportRepository exports;
    private final WorkspaceRepository workspaces;
    private final PersonRepository people;
    private final FileStorePort files;
    private final MailPort mail;
    private final AppLinks links;
    private final ExportPolicy policy;
    private final Clock clock;

    @Inject
    public ExportSteps(DataExportRepository exports, WorkspaceRepository workspaces, PersonRepository people, FileStorePort files,
            MailPort mail, AppLinks links, ExportPolicy policy, Clock clock) {
        this.exports = exports;
        this.workspaces = workspaces;
        this.people = people;
        this.files = files;
        this.mail = mail;
        this.links = links;
        this.policy = policy;
        this.clock = clock;
    }

    protected ExportSteps() {
        this(null, null, null, null, null, null, null, null);
    }

    /** The next export to run, marked running; empty when none waits. One that failed too often is marked failed. */
    public Optional<DataExport> claim() {
        Optional<DataExport> next = exports.claimNext(clock.instant().minus(policy.staleAfter()));
        next.ifPresent(e -> {
            e.start(clock.instant());
            if (e.attemptsExhausted()) {
                e.fail("The export was interrupted " + DataExport.MAX_ATTEMPTS + " times; ask for it again.", clock.instant());
            }
            exports.update(e);
        });
        return next;
    }

    public void progress(DataExport export, String feature, String state) {
        export.progress(feature, state, clock.instant());
        exports.update(export);
    }

    public void exportFeature(PersonalDataExportPort feature, DataExport export, ExportArchivePort folder) {
        if (export.scope() == DataExport.Scope.WORKSPACE) {
            feature.exportWorkspace(export.workspaceId(), folder);
        } else {
            feature.exportClient(export.workspaceId(), export.clientId(), folder);
        }
    }

    /** Completes the archive, stores it encrypted under its owner's key, and returns its size. */
    public long store(DataExport export, ExportArchiveStorePort.OpenArchivePort archive, List<PersonalDataExportPort> features)
            throws IOException {
        String name = workspaces.findById(export.workspaceId()).map(w -> w.settings().name()).orElse("");
        List<ExportArchiveStorePort.Feature> described = new ArrayList<>();
        features.forEach(f -> described.add(new ExportArchiveStorePort.Feature(f.feature(), f.tables(), f.readme())));
        return archive.store(new ExportArchiveStorePort.Manifest(export.id().toString(), export.workspaceId().toString(), name,
                export.scope().name().toLowerCase(Locale.ROOT), export.clientId() == null ? null : export.clientId().toString(),
                DateTimeFormatter.ISO_INSTANT.format(export.createdAt()), described));
    }

    /** The export is ready: recorded, and its requester emailed (through the outbox, with this commit). */
    public void complete(DataExport export, long size) {
        export.ready(size, clock.instant(), policy.retention());
        exports.update(export);
        Optional<Person> person = people.findById(export.requestedBy()).filter(p -> p.email() != null);
        if (person.isEmpty()) {
            return;
        }
        Optional<Workspace> workspace = workspaces.findById(export.workspaceId());
        MailPort.Branding branding = workspace.map(w -> EmailBranding.of(w.settings())).orElseGet(MailPort.Branding::platform);
        Locale locale = workspace.map(w -> w.settings().locale()).orElse(Locale.ENGLISH);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("scope", export.scope() == DataExport.Scope.WORKSPACE ? "the workspace " + branding.name()
                : "your data in " + branding.name());
        model.put("requestedAt", DateTimeFormatter.ISO_INSTANT.format(export.createdAt()));
        model.put("expiresAt", DateTimeFormatter.ISO_INSTANT.format(export.expiresAt()));
        model.put("downloadUrl", links.export(export.workspaceId().toString(), export.id().toString()));
        Person p = person.get();
        mail.enqueue(new MailPort.Email(EmailTemplate.EXPORT_READY, new MailPort.Recipient(p.email(), p.displayName(), p.id()),
                export.workspaceId(), locale, branding, model, "export-ready:" + export.id()));
    }

    public void fail(DataExport export, String reason) {
        export.fail(reason, clock.instant());
        exports.update(export);
    }

    /** Deletes up to {@code limit} expired archives; returns how many exports expired. */
    public int expireBatch(int limit) {
        int expired = 0;
        for (DataExport export : exports.findExpired(clock.instant(), limit)) {
            try {
                files.delete(export.archiveOwner(), export.fileId());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "export " + export.id() + ": its archive could not be deleted; trying again later", e);
                continue;
            }
            export.expire();
            exports.update(export);
            expired++;
        }
        return expired;
    }
}
