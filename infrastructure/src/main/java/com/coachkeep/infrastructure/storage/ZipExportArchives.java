package com.coachkeep.infrastructure.storage;

import com.coachkeep.infrastructure.crypto.CryptoSettings;
import com.coachkeep.infrastructure.crypto.ScratchCipher;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.ExportArchiveStorePort;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.google.crypto.tink.StreamingAead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.Config;

/**
 * Export archives as ZIP files, written entry by entry as the features produce them into a scratch file that is
 * itself encrypted (under a key made for it in memory and never stored), then streamed into the file store, which
 * encrypts it under the archive owner's file key. Memory stays flat whatever the archive's size: the ZIP writer holds
 * one deflate window, the ciphers one 1 MB segment, the copies 64 KB buffers.
 *
 * <p>Why a scratch file rather than a pipe into {@link FileStorePort#put} on a second thread: the file store needs a
 * transaction for the owner's key, the features need theirs for reading, and a pipe would tie the two threads' fates
 * (and transactions) together for the whole export; the scratch file costs one more sequential write and read of the
 * archive, and a crashed export leaves only an unreadable scratch file, removed at the next start.
 */
@ApplicationScoped
public class ZipExportArchives implements ExportArchiveStorePort {
    private static final int BUFFER = 64 * 1024;

    @Inject
    FileStorePort files;
    @Inject
    Config config;

    private volatile Path scratch;
    private volatile Jsonb jsonb;

    /** For tests and benchmarks outside a container. */
    public static ZipExportArchives of(FileStorePort files, Path scratch) {
        ZipExportArchives archives = new ZipExportArchives();
        archives.files = files;
        archives.scratch = scratch;
        return archives;
    }

    /** The folder of scratch files: {@code <files dir>/../export-scratch}. */
    public Path scratchDirectory() {
        Path current = scratch;
        if (current == null) {
            current = CryptoSettings.from(config).fileStore().toAbsolutePath().normalize().resolveSibling("export-scratch");
            scratch = current;
        }
        return current;
    }

    /** Removes scratch files left by exports that a crash interrupted. */
    public int removeLeftovers() throws IOException {
        Path dir = scratchDirectory();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (var list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith("export-")).toList()) {
                if (Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    @Override
    public OpenArchivePort open(DataSubject owner, FileId id) throws IOException {
        Path dir = scratchDirectory();
        Files.createDirectories(dir);
        boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
        Path temp = posix
                ? Files.createTempFile(dir, "export-", ".zip.enc", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "export-", ".zip.enc");
        try {
            return new Zip(owner, id, temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private Jsonb jsonb() {
        Jsonb current = jsonb;
        if (current == null) {
            current = JsonbBuilder.create(new JsonbConfig().withFormatting(true).withNullValues(true));
            jsonb = current;
        }
        return current;
    }

    private final class Zip implements OpenArchivePort {
        private final DataSubject owner;
        private final FileId id;
        private final Path temp;
        private final StreamingAead key = ScratchCipher.newKey();
        private final byte[] associatedData;
        private final ZipOutputStream zip;
        private boolean stored;
        private boolean closed;

        Zip(DataSubject owner, FileId id, Path temp) throws IOException {
            this.owner = owner;
            this.id = id;
            this.temp = temp;
            this.associatedData = ("coachkeep/export-scratch/v1|" + id).getBytes(StandardCharsets.UTF_8);
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER);
            try {
                this.zip = new ZipOutputStream(key.newEncryptingStream(out, associatedData), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                out.close();
                throw new IOException("Could not encrypt the scratch file", e);
            }
        }

        @Override
        public ExportArchivePort folder(String feature) {
            String prefix = checked(feature) + "/";
            return new ExportArchivePort() {
                @Override
                public void json(String path, Object document) {
                    entry(prefix + checked(path), out -> {
                        jsonb().toJson(document, out);
                    });
                }

                @Override
                public void csv(String path, List<String> header, Iterator<List<String>> rows) {
                    entry(prefix + checked(path), out -> {
                        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
                        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                        printer.printRecord(header);
                        while (rows.hasNext()) {
                            printer.printRecord(rows.next());
                        }
                        printer.flush();
                    });
                }

                @Override
                public void file(String path, DataSubject fileOwner, FileId file) {
                    // photos and attachments are compressed already: deflating them again costs time and saves nothing
                    entry(prefix + checked(path), Deflater.NO_COMPRESSION, out -> {
                        try (InputStream in = files.get(fileOwner, file)
                                .orElseThrow(() -> new IOException("stored file " + file + " of " + fileOwner + " is missing"))) {
                            in.transferTo(out);
                        }
                    });
                }
            };
        }

        @Override
        public long store(Manifest manifest) throws IOException {
            entry("README.txt", out -> out.write(ExportReadme.text(manifest).getBytes(StandardCharsets.UTF_8)));
            entry("manifest.json", out -> out.write(manifest(manifest).getBytes(StandardCharsets.UTF_8)));
            zip.close();
            closed = true;
            try (InputStream in = new BufferedInputStream(key.newDecryptingStream(Files.newInputStream(temp), associatedData), BUFFER)) {
                long size = files.put(owner, id, in);
                stored = true;
                return size;
            } catch (GeneralSecurityException e) {
                throw new IOException("Could not read the scratch file back", e);
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        @Override
        public void close() {
            try {
                if (!closed) {
                    closed = true;
                    zip.close();
                }
            } catch (IOException e) {
                // discarded anyway
            } finally {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // removed at the next start
                }
            }
        }

        private void entry(String name, Body body) {
            entry(name, Deflater.DEFAULT_COMPRESSION, body);
        }

        private void entry(String name, int level, Body body) {
            try {
                zip.setLevel(level);
                zip.putNextEntry(new ZipEntry(name));
                body.write(new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + name + " into the export archive", e);
            }
        }
    }

    /** The manifest, written with JSON-P (no binding needed for a fixed shape). */
    static String manifest(Manifest m) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (Feature f : m.features()) {
            features.add(Json.createObjectBuilder().add("name", f.name()).add("tables", Json.createArrayBuilder(f.tables())));
        }
        JsonObjectBuilder doc = Json.createObjectBuilder().add("format", "coachkeep-export/1").add("exportId", m.exportId())
                .add("workspaceId", m.workspaceId()).add("workspaceName", m.workspaceName()).add("scope", m.scope());
        if (m.clientId() == null) {
            doc.addNull("clientId");
        } else {
            doc.add("clientId", m.clientId());
        }
        doc.add("createdAt", m.createdAt()).add("features", features);
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(doc.build());
        }
        return out.toString();
    }

    /** Rejects paths that would leave the archive's folders. */
    static String checked(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("not a relative archive path: " + path);
        }
        return path;
    }

    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }
}
