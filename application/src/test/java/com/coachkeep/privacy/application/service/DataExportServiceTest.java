package com.coachkeep.privacy.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.privacy.application.port.in.DownloadExportUseCase.ExportDownload;
import com.coachkeep.privacy.application.port.in.ExportView;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.privacy.domain.DataExport;
import com.coachkeep.privacy.domain.ExportId;
import com.coachkeep.privacy.domain.ExportPolicy;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.application.RateLimitedException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.TestApplication;
import com.coachkeep.testing.fakes.FakeDataExportRepository;
import com.coachkeep.testing.fakes.FakeExportArchives;
import com.coachkeep.workspace.domain.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataExportServiceTest {
    TestApplication app;
    FakeDataExportRepository exports;
    FakeExportArchives archives;
    List<String> queued;
    DataExportService service;
    RunExportsService runner;
    Actor owner;
    Actor coach;
    Actor client;
    Caller clientCaller;

    /** A feature that writes one entry for the workspace and one for each client export, naming the client. */
    static final class Feature implements PersonalDataExportPort {
        final List<String> calls = new ArrayList<>();
        boolean failing;

        @Override
        public String feature() {
            return "roster";
        }

        @Override
        public List<String> tables() {
            return List.of("client");
        }

        @Override
        public String readme() {
            return "clients/<id>.json         client records";
        }

        @Override
        public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
            if (failing) {
                throw new IllegalStateException("disk full");
            }
            calls.add("workspace " + workspaceId);
            archive.json("clients/all.json", Map.of("workspace", workspaceId.toString()));
        }

        @Override
        public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
            calls.add("client " + clientId);
            archive.json("clients/" + clientId + ".json", Map.of("client", clientId.toString()));
        }
    }

    Feature feature;

    @BeforeEach
    void setUp() {
        app = TestApplication.create();
        exports = new FakeDataExportRepository();
        archives = new FakeExportArchives();
        queued = new ArrayList<>();
        feature = new Feature();
        ExportPolicy policy = ExportPolicy.defaults();
        service = new DataExportService(exports, List.of(feature), app.clients, app.memberships, archives, id -> queued.add(id.toString()),
                app.audit, policy, app.clock);
        ExportSteps steps = new ExportSteps(exports, app.workspaces, app.people, archives, app.mail, app.links, policy, app.clock);
        runner = new RunExportsService(steps, archives, List.of(feature));
        owner = app.ownerOfNewWorkspace("Olivia Owner", "Summit");
        coach = app.joinAsStaff(owner, "Carl Coach", Role.COACH);
        client = app.joinAsClient(owner, "Clara Client", coach.membershipId());
        clientCaller = app.signIn("Clara Client");
    }

    List<String> auditActions() {
        return app.auditEvents.chains.get(owner.workspaceId()).stream().map(e -> e.entry().action()).toList();
    }

    @Test
    void theOwnersExportIsQueuedAuditedRunAndEmailedWithAShortLivedLink() throws IOException {
        ExportView requested = service.requestWorkspaceExport(owner);
        assertEquals("queued", requested.state());
        assertEquals(List.of(requested.id()), queued);
        assertTrue(auditActions().contains("export.requested"));
        assertNull(service.get(owner, ExportId.parse(requested.id())).downloadToken());

        assertTrue(runner.runNext());
        assertFalse(runner.runNext());
        assertEquals(List.of("workspace " + owner.workspaceId()), feature.calls);
        ExportView ready = service.get(owner, ExportId.parse(requested.id()));
        assertEquals("ready", ready.state());
        assertEquals(Map.of("roster", "done"), ready.progress());
        assertEquals(ready.finishedAt().plus(Duration.ofDays(7)), ready.expiresAt());
        assertNotNull(ready.downloadToken());
        assertEquals(app.clock.instant().plus(Duration.ofMinutes(15)), ready.downloadExpiresAt());
        var email = app.mail.lastTo(TestApplication.emailOf("Olivia Owner"));
        assertEquals(EmailTemplate.EXPORT_READY, email.template());
        assertEquals("export-ready:" + requested.id(), email.idempotencyKey());
        assertTrue(email.model().get("downloadUrl").toString().endsWith("/exports/" + requested.id()));

        ExportDownload d = service.download(app.signIn("Olivia Owner"), ExportId.parse(requested.id()), ready.downloadToken());
        assertTrue(new String(d.content().readAllBytes(), StandardCharsets.UTF_8).contains("roster/clients/all.json"));
        assertTrue(auditActions().contains("export.downloaded"));
    }

    @Test
    void aLinkWorksOnlyForItsPersonUntilItExpiresOrIsReplaced() {
        ExportId id = ExportId.parse(service.requestWorkspaceExport(owner).id());
        runner.runNext();
        Caller ownerCaller = app.signIn("Olivia Owner");
        String first = service.get(owner, id).downloadToken();
        String second = service.get(owner, id).downloadToken();
        assertNotEquals(first, second);
        assertThrows(NotFoundException.class, () -> service.download(ownerCaller, id, first));
        assertThrows(NotFoundException.class, () -> service.download(app.signIn("Carl Coach"), id, second));
        assertThrows(NotFoundException.class, () -> service.download(ownerCaller, id, null));
        app.clock.advance(Duration.ofMinutes(16));
        assertThrows(NotFoundException.class, () -> service.download(ownerCaller, id, second));
        String third = service.get(owner, id).downloadToken();
        assertNotNull(service.download(ownerCaller, id, third));
    }

    @Test
    void aClientExportsOnlyTheirOwnRecordAndNobodyElseSeesTheirExport() {
        ExportView v = service.requestOwnExport(client);
        assertEquals("client", v.scope());
        runner.runNext();
        ClientId clientId = app.clients.findByPerson(client.workspaceId(), client.personId()).orElseThrow().id();
        assertEquals(List.of("client " + clientId), feature.calls);
        DataExport stored = exports.rows.get(ExportId.parse(v.id()));
        assertEquals("client:" + clientId, stored.archiveOwner().toString());
        assertThrows(NotFoundException.class, () -> service.get(owner, ExportId.parse(v.id())));
        assertThrows(AccessDeniedException.class, () -> service.requestOwnExport(coach));
        assertThrows(AccessDeniedException.class, () -> service.requestWorkspaceExport(client));
        assertThrows(AccessDeniedException.class, () -> service.requestWorkspaceExport(coach));
    }

    @Test
    void theFourthExportWithin24HoursIsRefusedWithTheTimeTheNextIsAllowed() {
        for (int i = 0; i < 3; i++) {
            service.requestOwnExport(client);
            app.clock.advance(Duration.ofHours(1));
        }
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> service.requestOwnExport(client));
        assertEquals(Duration.ofHours(21), e.retryAfter());
        // other people are counted apart
        service.requestWorkspaceExport(owner);
        app.clock.advance(Duration.ofHours(21));
        service.requestOwnExport(client);
    }

    @Test
    void aFailingFeatureFailsTheExportAndDiscardsTheArchive() {
        feature.failing = true;
        ExportId id = ExportId.parse(service.requestWorkspaceExport(owner).id());
        runner.runNext();
        assertEquals("failed", service.get(owner, id).state());
        assertEquals(1, archives.discarded);
        assertTrue(archives.stored.isEmpty());
    }

    @Test
    void anExportAbandonedByADeadWorkerIsTakenOverAndGivenUpAfterThreeAttempts() {
        ExportId id = ExportId.parse(service.requestWorkspaceExport(owner).id());
        DataExport e = exports.rows.get(id);
        for (int attempt = 1; attempt <= DataExport.MAX_ATTEMPTS; attempt++) {
            e.start(app.clock.instant()); // a worker claims it and dies
            app.clock.advance(Duration.ofMinutes(5));
            assertFalse(exports.claimNext(app.clock.instant().minus(Duration.ofMinutes(10))).isPresent(), "taken over too early");
            app.clock.advance(Duration.ofMinutes(6));
        }
        assertTrue(runner.runNext());
        assertEquals("failed", service.get(owner, id).state());
    }

    @Test
    void expiredArchivesAreDeletedAndTheirLinksEnd() {
        ExportId id = ExportId.parse(service.requestWorkspaceExport(owner).id());
        runner.runNext();
        assertEquals(1, archives.stored.size());
        app.clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertEquals(1, runner.expireDue());
        assertTrue(archives.stored.isEmpty());
        ExportView v = service.get(owner, id);
        assertEquals("expired", v.state());
        assertNull(v.downloadToken());
    }
}
