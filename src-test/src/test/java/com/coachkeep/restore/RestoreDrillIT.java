package com.coachkeep.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.backup.LocalBackupStore;
import com.coachkeep.infrastructure.backup.PgDumpDatabaseBackup;
import com.coachkeep.infrastructure.platform.EmbeddedDatabase;
import com.coachkeep.infrastructure.storage.LocalFileStoreBackup;
import com.coachkeep.privacy.application.service.BackupService;
import com.coachkeep.privacy.domain.Backup;
import com.coachkeep.testing.Exports;
import com.coachkeep.testing.Leftovers;
import com.coachkeep.testing.OwnServer;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The restore drill, as the operator runs it (docs/operations/backups.md), automated:
 * <ol>
 *   <li>two workspaces with staff, clients, encrypted coach notes and files (export archives) are made through the API
 *       of the build's server;</li>
 *   <li>the server's backup job takes a backup (the build runs it every 20 seconds);</li>
 *   <li>one client deletes their data and one owner deletes their workspace, through the API;</li>
 *   <li>the backup is restored into a fresh PostgreSQL server, the keystore (kept apart from the backups) is copied
 *       beside it from the live database, and the files are put back;</li>
 *   <li>a server of the test's own starts on the restored database, and replays every recorded deletion before it
 *       accepts requests.</li>
 * </ol>
 * Then no row or file of the deleted workspace and client is left, none of their encrypted fields could be decrypted
 * even before the replay, and the surviving data is intact: its notes decrypt through the restored server's API, and
 * its export archive downloads and opens. Figures (backup size and time, restore and start times, rows) are printed
 * ({@code grep 'restore drill:'}); with {@code -Dcoachkeep.backup.benchmark=true} the deleted workspace holds 1,000
 * more clients with a note each.
 */
class RestoreDrillIT {
    static final int HTTP_PORT = Integer.getInteger("coachkeep.test.ownServer.httpPort", 19180);
    static final int HTTPS_PORT = Integer.getInteger("coachkeep.test.ownServer.httpsPort", 19543);
    static final int DB_PORT = Integer.getInteger("coachkeep.test.ownServer.dbPort", 25532);
    static final Path DATA = Path.of(System.getProperty("coachkeep.test.drill.dataDir", "target/restore-drill-data")).toAbsolutePath();
    static final Path BACKUPS = TestServer.DATA_DIR.resolve("backups").toAbsolutePath();
    static final String NOTE = "Left shoulder: no overhead pressing until the physio clears it.";

    @Test
    @Tag("promise:P-BAK-1")
    @Tag("promise:P-DEL-3")
    void aRestoredBackupBringsNoDeletedWorkspaceOrClientBackAndTheRestIsIntact() throws Exception {
        // 1. data
        Workspaces.Populated keep = Workspaces.populated("Drill keep " + UUID.randomUUID().toString().substring(0, 8));
        String goneName = "Drill gone " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated gone = Workspaces.populated(goneName);
        String survivingNote = TestServer.as(keep.owner().token()).contentType(ContentType.JSON).body(Map.of("body", NOTE))
                .post("/api/v1/workspaces/{w}/clients/{c}/notes", keep.id(), keep.otherClientId())
                .then().statusCode(201).extract().path("id");
        String keepExport = export(TestServer.as(keep.owner().token()), "/api/v1/workspaces/{w}/exports", keep.id());
        String survivorExport = export(TestServer.as(keep.otherClient().token()), "/api/v1/workspaces/{w}/clients/me/exports", keep.id());
        String leaverExport = export(TestServer.as(keep.client().token()), "/api/v1/workspaces/{w}/clients/me/exports", keep.id());
        String goneExport = export(TestServer.as(gone.owner().token()), "/api/v1/workspaces/{w}/exports", gone.id());
        Exports.awaitReady(keep.owner().token(), keep.id(), keepExport);
        Exports.awaitReady(keep.otherClient().token(), keep.id(), survivorExport);
        Exports.awaitReady(keep.client().token(), keep.id(), leaverExport);
        Exports.awaitReady(gone.owner().token(), gone.id(), goneExport);
        int benchmarkClients = Boolean.getBoolean("coachkeep.backup.benchmark")
                ? Integer.getInteger("coachkeep.backup.benchmark.clients", 1000)
                : 0;
        if (benchmarkClients > 0) {
            addClientsWithNotes(gone.id(), benchmarkClients);
        }
        String leaver = keep.clientId();
        String assistantPerson = TestServer.as(keep.assistant().token()).get("/api/v1/me").path("id");
        Instant dataMade = Instant.now();

        // 2. the scheduled backup
        Backup backup = awaitBackupAfter(dataMade);
        Path folder = BACKUPS.resolve(backup.name());
        long dumpBytes = Files.size(folder.resolve(BackupService.DATABASE_PART));
        long filesBytes = Files.size(folder.resolve(BackupService.FILES_PART));
        String backupLine = backupLogLine(backup.name());

        // 3. deletions through the API
        TestServer.as(keep.client().token()).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .delete("/api/v1/workspaces/{w}/clients/me", keep.id()).then().statusCode(204);
        TestServer.as(gone.owner().token()).contentType(ContentType.JSON).body(Map.of("confirmName", goneName))
                .delete("/api/v1/workspaces/{w}", gone.id()).then().statusCode(202);
        TestServer.as(keep.assistant().token()).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .delete("/api/v1/me").then().statusCode(200);

        // 4. restore into a fresh database, beside the live keystore
        deleteTree(DATA);
        Files.createDirectories(DATA);
        try (EmbeddedDatabase.Running fresh = new EmbeddedDatabase().start(DATA.resolve("postgres"), DB_PORT)) {
            String freshUrl = fresh.jdbcUrl();
            long t0 = System.nanoTime();
            PgDumpDatabaseBackup.restore("pg_restore", folder.resolve(BackupService.DATABASE_PART), freshUrl, EmbeddedDatabase.OWNER_ROLE, null);
            long t1 = System.nanoTime();
            PgDumpDatabaseBackup.copyKeystore("pg_dump", "pg_restore", TestServer.DB_URL, "postgres", freshUrl, EmbeddedDatabase.OWNER_ROLE,
                    DATA.resolve("keystore.dump"));
            if (benchmarkClients > 0) {
                addTombstones(freshUrl, keep.id(), 1000, 100);
            }
            long t2 = System.nanoTime();
            long files;
            try (InputStream zip = Files.newInputStream(folder.resolve(BackupService.FILES_PART))) {
                files = LocalFileStoreBackup.restore(zip, DATA.resolve("files"));
            }
            long t3 = System.nanoTime();

            // what the backup brought back, before the replay; none of it could be read, the keys being destroyed
            Map<String, Integer> resurrected = resurrected(freshUrl, gone.id(), keep.id(), leaver, keep.client().membershipId());
            int resurrectedRows = resurrected.values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(resurrected.getOrDefault("public.workspace", 0) == 1 && resurrected.getOrDefault("public.client(leaver)", 0) == 1
                    && resurrected.getOrDefault("public.membership(leaver)", 0) == 1,
                    "the backup predates the deletions, so it holds them: " + resurrected);
            String deletedNotes = "from coach_note n where (n.workspace_id = '" + gone.id() + "'::uuid or (n.workspace_id = '" + keep.id()
                    + "'::uuid and n.client_id = '" + leaver + "'::uuid))";
            int encryptedFields = count(freshUrl, "select count(*) " + deletedNotes + " and n.body_ct is not null");
            int decryptable = count(freshUrl, "select count(*) " + deletedNotes + " and exists (select 1 from keystore.data_key k "
                    + "where k.workspace_id = n.workspace_id and k.subject_kind = 'CLIENT' and k.subject_id = n.client_id "
                    + "and k.purpose = 'FIELD' and k.wrapped_key is not null)");
            assertEquals(0, decryptable, "encrypted fields of deleted subjects whose key still exists");
            assertTrue(encryptedFields >= 2, "the backup holds the deleted subjects' encrypted notes: " + encryptedFields);
            assertEquals(0, count(freshUrl, "select count(*) from keystore.data_key where (workspace_id = '" + gone.id()
                    + "'::uuid or subject_id = '" + leaver + "'::uuid) and (destroyed_at is null or wrapped_key is not null)"),
                    "every key of the deleted subjects is destroyed in the keystore the restore uses");
            assertEquals(1, filesIn(DATA.resolve("files").resolve(gone.id())).size(), "the backup's files hold the deleted workspace's archive");
            assertEquals(1, filesIn(DATA.resolve("files").resolve(keep.id()).resolve("client-" + leaver)).size(), "and the client's");

            // 5. a server on the restored database: the replay runs before it accepts requests
            Files.createDirectories(DATA.resolve("dev-issuer"));
            try (Stream<Path> issuer = Files.list(TestServer.DATA_DIR.resolve("dev-issuer"))) {
                for (Path p : issuer.toList()) {
                    Files.copy(p, DATA.resolve("dev-issuer").resolve(p.getFileName()));
                }
            }
            long t4 = System.nanoTime();
            try (OwnServer restored = new OwnServer("coachkeep-drill-" + HTTP_PORT, HTTP_PORT, environment(freshUrl))) {
                restored.start();
                long t5 = System.nanoTime();

                // nothing of the deleted subjects is left, rows or files
                Map<String, Integer> left = resurrected(freshUrl, gone.id(), keep.id(), leaver, keep.client().membershipId());
                assertTrue(left.isEmpty(), "resurrected rows after the replay: " + left);
                assertEquals(List.of(), filesIn(DATA.resolve("files").resolve(gone.id())), "files of the deleted workspace");
                assertEquals(List.of(), filesIn(DATA.resolve("files").resolve(keep.id()).resolve("client-" + leaver)), "files of the deleted client");
                assertEquals(2, filesIn(DATA.resolve("files").resolve(keep.id())).size(), "the survivors' two archives");
                assertEquals(0, count(freshUrl, "select count(*) from keystore.data_key where (workspace_id = '" + gone.id()
                        + "'::uuid or subject_id = '" + leaver + "'::uuid) and wrapped_key is not null"), "decryptable keys of deleted subjects");

                // the deleted account: its person row is cleared again, its staff membership ended, its old token refused
                assertEquals(1, count(freshUrl, "select count(*) from person where id = '" + assistantPerson + "'::uuid and email is null "
                        + "and display_name is null and issuer = 'deleted' and deleted_at is not null"), "the deleted account came back");
                assertEquals(0, count(freshUrl, "select count(*) from membership where person_id = '" + assistantPerson
                        + "'::uuid and status = 'ACTIVE'"), "the deleted account's membership came back");
                on(restored, keep.assistant().token()).get("/api/v1/me").then().statusCode(401);

                // the survivors, through the restored server's API
                String ownerToken = keep.owner().token();
                on(restored, ownerToken).get("/api/v1/workspaces/{w}", keep.id()).then().statusCode(200);
                on(restored, gone.owner().token()).get("/api/v1/workspaces/{w}", gone.id()).then().statusCode(404);
                on(restored, keep.client().token()).get("/api/v1/workspaces/{w}", keep.id()).then().statusCode(404);
                on(restored, ownerToken).get("/api/v1/workspaces/{w}/clients/{c}", keep.id(), leaver).then().statusCode(404);
                Response notes = on(restored, ownerToken).get("/api/v1/workspaces/{w}/clients/{c}/notes", keep.id(), keep.otherClientId());
                assertEquals(200, notes.statusCode(), notes.asString());
                assertEquals(List.of(survivingNote), notes.path("items.id"));
                assertEquals(List.of(NOTE), notes.path("items.body"), "the surviving note decrypts");
                assertEquals(List.of(false), notes.path("items.erased"));
                List<String> clients = on(restored, ownerToken).get("/api/v1/workspaces/{w}/clients", keep.id()).then().statusCode(200).extract().path("items.id");
                assertEquals(List.of(keep.otherClientId()), clients);
                Map<String, String> archive = download(restored, keep.owner().token(), keep.id(), keepExport);
                assertTrue(archive.get("manifest.json").contains(keepExport), archive.keySet().toString());
                assertTrue(archive.keySet().stream().anyMatch(k -> k.startsWith("roster/")), archive.keySet().toString());
                Map<String, String> own = download(restored, keep.otherClient().token(), keep.id(), survivorExport);
                assertTrue(own.get("manifest.json").contains(survivorExport), own.keySet().toString());

                String replayLine = Files.readAllLines(restored.log()).stream().filter(l -> l.contains("Deletions replayed"))
                        .reduce((a, b) -> b).orElse("(no replay line in " + restored.log() + ")");
                System.out.printf("restore drill: backup %s: dump %,d bytes, files %,d bytes; %s%n", backup.name(), dumpBytes, filesBytes,
                        backupLine);
                System.out.printf("restore drill: pg_restore %d ms, keystore copy %d ms, %d files put back in %d ms, "
                        + "server start with the replay %d ms%n", ms(t0, t1), ms(t1, t2), files, ms(t2, t3), ms(t4, t5));
                System.out.printf("restore drill: %d rows of the deleted subjects came back with the backup %s, %d of them encrypted "
                        + "fields, %d decryptable; after the replay 0 rows and 0 files are left%n", resurrectedRows, resurrected, encryptedFields,
                        decryptable);
                System.out.printf("restore drill: server log: %s%n", replayLine.trim());
            }
        }
    }

    private static Map<String, String> environment(String dbUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("COACHKEEP_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("COACHKEEP_HTTPS_PORT", String.valueOf(HTTPS_PORT));
        env.put("COACHKEEP_DATA_DIR", DATA.toString());
        env.put("COACHKEEP_DB_URL", dbUrl);
        // the keys: the same key-encryption key as the live installation (it is never in a backup)
        env.put("COACHKEEP_KEK_URI", "file:" + TestServer.DATA_DIR.toAbsolutePath().resolve("keys/kek.json"));
        env.put("COACHKEEP_DEV_ISSUER_ISSUER", TestServer.ISSUER);
        env.put("COACHKEEP_APP_URL", "http://localhost:" + HTTP_PORT);
        env.put("COACHKEEP_BACKUP_ENABLED", "false");
        return env;
    }

    private static RequestSpecification on(OwnServer server, String token) {
        return RestAssured.given().baseUri(server.baseUrl()).header("Authorization", "Bearer " + token);
    }

    private static String export(RequestSpecification as, String path, String workspaceId) {
        Response r = as.post(path, workspaceId);
        assertEquals(202, r.statusCode(), r.asString());
        return r.path("id");
    }

    private static Map<String, String> download(OwnServer server, String token, String workspaceId, String exportId) throws Exception {
        Response r = on(server, token).get("/api/v1/workspaces/{w}/exports/{e}", workspaceId, exportId);
        assertEquals(200, r.statusCode(), r.asString());
        String url = r.path("download.url");
        assertNotNull(url, r.asString());
        String path = url.startsWith("http") ? java.net.URI.create(url).getRawPath() + Optional.ofNullable(java.net.URI.create(url).getRawQuery())
                .map(q -> "?" + q).orElse("") : url;
        Response zip = on(server, token).urlEncodingEnabled(false).get(path);
        assertEquals(200, zip.statusCode(), zip.asString());
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.asByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static Backup awaitBackupAfter(Instant time) throws Exception {
        LocalBackupStore store = LocalBackupStore.in(BACKUPS);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            Optional<Backup> b = store.list().stream().filter(x -> x.takenAt().isAfter(time)).findFirst();
            if (b.isPresent()) {
                return b.get();
            }
            assertTrue(Instant.now().isBefore(deadline), "the server's backup job took no backup after " + time + " in " + BACKUPS
                    + " (its log: " + OwnServer.IT_SERVER.resolve("logs/messages.log") + ")");
            Thread.sleep(500);
        }
    }

    /** The job's own report of this backup, from the build server's log. */
    private static String backupLogLine(String name) throws Exception {
        Path log = OwnServer.IT_SERVER.resolve("logs/messages.log");
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                Optional<String> line = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("backup " + name + " taken"))
                        .findFirst();
                if (line.isPresent()) {
                    return line.get().substring(line.get().indexOf("backup " + name));
                }
            }
            Thread.sleep(200);
        }
        return "(no job log line for " + name + ")";
    }

    /** Columns ({@code schema.table[.column]}) where a deleted subject's id stays by design, and why. */
    static final Map<String, String> ID_KEPT = Map.of(
            "public.workspace_deletion", "the deletion's progress record (ids, counts, times), no personal data",
            "public.audit_event", "the trail names people and records by opaque ids only, no personal data (docs/audit.md); it keeps "
                    + "the ids of what happened to the client who left, as the live trail does");

    /**
     * Every table still holding a row of the deleted workspace, and every table holding a row that names the deleted
     * client or their membership, with counts: found from the catalog (every table of the data and every text-like
     * column, {@link Leftovers}), so a table added later is checked without a new line. The keystore is the live one,
     * copied beside the restore, where the deletions' tombstones and destroyed keys' markers belong.
     */
    private static Map<String, Integer> resurrected(String url, String goneWorkspace, String keepWorkspace, String leaver, String leaverMembership)
            throws Exception {
        Map<String, Integer> found = new TreeMap<>();
        java.util.function.Predicate<Leftovers.Column> searched = col -> col.schema().equals("public")
                && !ID_KEPT.containsKey(col.qualifiedTable()) && !ID_KEPT.containsKey(col.qualified());
        Leftovers.rowsMentioning(url, List.of(goneWorkspace), searched).forEach((table, n) -> put(found, table, n));
        Leftovers.rowsMentioning(url, List.of(leaver, leaverMembership), searched).forEach((table, n) -> put(found, table + "(leaver)", n));
        return found;
    }

    private static void put(Map<String, Integer> found, String what, int n) {
        if (n > 0) {
            found.put(what, n);
        }
    }

    private static void addClientsWithNotes(String workspaceId, int clients) throws Exception {
        // notes stand in as 304 random bytes, the ciphertext of a 250-character note: the benchmark measures bytes and
        // rows, nobody reads them
        try (Connection c = superuser(TestServer.DB_URL); PreparedStatement s = c.prepareStatement(
                "with made as (insert into client (workspace_id, id, display_name, sort_name, email, status, created_at, updated_at, version) "
                        + "select ?::uuid, gen_random_uuid(), 'Client ' || g, 'client ' || g, 'c' || g || '@bench.example', 'ACTIVE', now(), now(), 1 "
                        + "from generate_series(1, ?) g returning workspace_id, id) "
                        + "insert into coach_note (workspace_id, id, client_id, author_id, body_ct, created_at) "
                        + "select m.workspace_id, gen_random_uuid(), m.id, (select owner_id from workspace where id = ?::uuid), "
                        + "decode(" + String.join(" || ", java.util.Collections.nCopies(19, "md5(random()::text)")) + ", 'hex'), now() from made m")) {
            s.setString(1, workspaceId);
            s.setInt(2, clients);
            s.setString(3, workspaceId);
            s.executeUpdate();
        }
    }

    /**
     * Benchmark only, in the restored keystore (never the live one): deletions of clients and workspaces that left
     * nothing behind, as a long-lived installation accumulates them, so that the replay's cost per tombstone shows.
     */
    private static void addTombstones(String url, String workspaceId, int clients, int workspaces) throws Exception {
        try (Connection c = superuser(url); PreparedStatement s = c.prepareStatement(
                "insert into keystore.tombstone (workspace_id, kind, subject_id, deleted_at) "
                        + "select ?::uuid, 'CLIENT', gen_random_uuid(), now() - interval '1 day' from generate_series(1, ?) "
                        + "union all select w, 'WORKSPACE', w, now() - interval '1 day' from (select gen_random_uuid() w "
                        + "from generate_series(1, ?)) x")) {
            s.setString(1, workspaceId);
            s.setInt(2, clients);
            s.setInt(3, workspaces);
            s.executeUpdate();
        }
    }

    private static Connection superuser(String url) throws Exception {
        return DriverManager.getConnection(url, "postgres", "");
    }

    private static int count(String url, String sql) throws Exception {
        try (Connection c = superuser(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The regular files under a folder (an erased subject may leave its workspace's empty folder, which names no one). */
    private static List<Path> filesIn(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
