package com.coachkeep.testing.fakes;

import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.ExportArchiveStorePort;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Archives as maps of entry name to text, stored in an in-memory file store (which is also the fake
 * {@link FileStorePort}): a stored archive's content is its entries, one per line.
 */
public final class FakeExportArchives implements ExportArchiveStorePort, FileStorePort {
    public final Map<String, Map<String, String>> stored = new LinkedHashMap<>();
    public int opened;
    public int discarded;

    static String key(DataSubject owner, FileId id) {
        return owner + "/" + id;
    }

    @Override
    public OpenArchivePort open(DataSubject owner, FileId id) {
        opened++;
        Map<String, String> entries = new LinkedHashMap<>();
        return new OpenArchivePort() {
            boolean done;

            @Override
            public ExportArchivePort folder(String feature) {
                return new ExportArchivePort() {
                    @Override
                    public void json(String path, Object document) {
                        entries.put(feature + "/" + path, String.valueOf(document));
                    }

                    @Override
                    public void csv(String path, List<String> header, Iterator<List<String>> rows) {
                        StringBuilder s = new StringBuilder(String.join(",", header));
                        rows.forEachRemaining(r -> s.append('\n').append(String.join(",", r)));
                        entries.put(feature + "/" + path, s.toString());
                    }

                    @Override
                    public void file(String path, DataSubject fileOwner, FileId file) {
                        entries.put(feature + "/" + path, "file " + file);
                    }
                };
            }

            @Override
            public long store(Manifest manifest) {
                entries.put("README.txt", "export " + manifest.exportId());
                stored.put(key(owner, id), entries);
                done = true;
                return entries.values().stream().mapToLong(String::length).sum();
            }

            @Override
            public void close() {
                if (!done) {
                    discarded++;
                }
            }
        };
    }

    @Override
    public long put(DataSubject owner, FileId id, InputStream content) throws IOException {
        stored.put(key(owner, id), Map.of("content", new String(content.readAllBytes(), StandardCharsets.UTF_8)));
        return 0;
    }

    @Override
    public Optional<InputStream> get(DataSubject owner, FileId id) {
        Map<String, String> entries = stored.get(key(owner, id));
        return entries == null ? Optional.empty()
                : Optional.of(new ByteArrayInputStream(String.join("\n", entries.keySet()).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean delete(DataSubject owner, FileId id) {
        return stored.remove(key(owner, id)) != null;
    }

    @Override
    public int deleteAll(DataSubject owner) {
        int before = stored.size();
        stored.keySet().removeIf(k -> k.startsWith(owner + "/"));
        return before - stored.size();
    }
}
