package com.coachkeep.infrastructure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ZipResourceAccessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquibaseMigratorTest {

    @TempDir
    Path temp;

    /** Liberty serves resources of a packaged WAR's libraries with "wsjar:" URLs, which a plain JVM cannot parse. */
    private static URL url(String spec) throws IOException {
        return new URL(null, spec, new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                throw new UnsupportedOperationException();
            }
        });
    }

    @Test
    void theChangelogRootIsTheJarOrFolderHoldingIt() throws Exception {
        Path jar = Files.createFile(temp.resolve("coachkeep-infrastructure.jar"));
        assertEquals(jar, LiquibaseMigrator.changelogRoot(url("wsjar:" + jar.toUri() + "!/" + LiquibaseMigrator.CHANGELOG)));
        assertEquals(jar, LiquibaseMigrator.changelogRoot(url("jar:" + jar.toUri() + "!/" + LiquibaseMigrator.CHANGELOG)));

        Path classes = temp.resolve("classes");
        Path master = classes.resolve(LiquibaseMigrator.CHANGELOG);
        Files.createDirectories(master.getParent());
        Files.createFile(master);
        assertEquals(classes, LiquibaseMigrator.changelogRoot(master.toUri().toURL()));

        // a jar inside an unexpanded WAR is no file of its own: left to the class path
        assertNull(LiquibaseMigrator.changelogRoot(url("wsjar:" + temp.resolve("app.war").toUri()
                + "!/WEB-INF/lib/x.jar!/" + LiquibaseMigrator.CHANGELOG)));
    }

    @Test
    void aChangelogReadFromAJarIsTheSameChangelogAsFromTheClassFolder() throws Exception {
        Path jar = jarOfChangelogs();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedDatabase.Running db = new EmbeddedDatabase().start(temp.resolve("postgres"), port)) {
            DataSource owner = db.dataSource(EmbeddedDatabase.OWNER_ROLE);
            new LiquibaseMigrator(1).migrate(owner, EmbeddedDatabase.APP_ROLE);
            List<String> fromFolder = changelogRows(owner);
            assertTrue(fromFolder.contains("db/changelog/changes/0001-roles-and-grants.sql::0001-roles-and-grants"),
                    fromFolder::toString);

            try (ZipResourceAccessor fromJar = new ZipResourceAccessor(jar)) {
                new LiquibaseMigrator(1).migrate(owner, EmbeddedDatabase.APP_ROLE, fromJar);
            }
            assertEquals(fromFolder, changelogRows(owner), "nothing ran twice, nothing ran anew");
        }
    }

    /**
     * Two changelogs were numbered 0013; the support one is now {@code 0013b-…} with a logical file path of its old name.
     * A database migrated by the old layout (the file under its old name, as released) runs nothing again under the new
     * one, and its changesets keep the old file name.
     */
    @Test
    void aDatabaseMigratedBeforeTheSecond0013WasRenamedRunsNothingAgain() throws Exception {
        Path classes = classesFolder();
        Path old = temp.resolve("old-layout");
        try (Stream<Path> files = Files.walk(classes.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = old.resolve(classes.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path changes = old.resolve("db/changelog/changes");
        Path renamed = changes.resolve(RENAMED);
        assertTrue(Files.exists(renamed), RENAMED + " is in the build");
        String content = Files.readString(renamed);
        Files.delete(renamed);
        // the file as it was released: its header line alone, then its changesets
        Files.writeString(changes.resolve(OLD_NAME), "--liquibase formatted sql\n\n" + content.substring(content.indexOf("--changeset")));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedDatabase.Running db = new EmbeddedDatabase().start(temp.resolve("postgres-rename"), port)) {
            DataSource owner = db.dataSource(EmbeddedDatabase.OWNER_ROLE);
            try (DirectoryResourceAccessor oldLayout = new DirectoryResourceAccessor(old)) {
                new LiquibaseMigrator(1).migrate(owner, EmbeddedDatabase.APP_ROLE, oldLayout);
            }
            List<String> before = changelogRows(owner);
            assertTrue(before.contains("db/changelog/changes/" + OLD_NAME + "::0013-support-grant"), before::toString);

            new LiquibaseMigrator(1).migrate(owner, EmbeddedDatabase.APP_ROLE);

            assertEquals(before, changelogRows(owner), "0 changesets ran under the new layout");
            assertTrue(before.stream().noneMatch(r -> r.contains(RENAMED)), "the changesets keep their old file name");
        }
    }

    static final String OLD_NAME = "0013-support-grants-suspension-and-lookup.sql";
    static final String RENAMED = "0013b-support-grants-suspension-and-lookup.sql";

    private static Path classesFolder() throws Exception {
        return Path.of(LiquibaseMigrator.class.getClassLoader().getResource(LiquibaseMigrator.CHANGELOG).toURI())
                .getParent().getParent().getParent();
    }

    /** The changelog folder of the build output, zipped like the infrastructure jar. */
    private Path jarOfChangelogs() throws Exception {
        Path classes = Path.of(LiquibaseMigrator.class.getClassLoader().getResource(LiquibaseMigrator.CHANGELOG).toURI())
                .getParent().getParent().getParent();
        Path jar = temp.resolve("infrastructure.jar");
        try (OutputStream out = Files.newOutputStream(jar);
             ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(classes.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> changelogRows(DataSource ds) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT filename || '::' || id FROM databasechangelog ORDER BY orderexecuted")) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
