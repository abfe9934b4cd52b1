package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import java.io.IOException;
import java.util.List;

/**
 * Writes export archives into the file store: a ZIP whose entries are written as the features produce them, never
 * held in memory whole.
 */
public interface ExportArchiveStorePort {
    /** Starts an archive that will be stored as {@code id} of {@code owner}. */
    OpenArchivePort open(DataSubject owner, FileId id) throws IOException;

    /** An archive being written. Closing it without {@link #store} discards it. */
    interface OpenArchivePort extends AutoCloseable {
        /** The part of the archive one feature writes: its paths are relative to the folder {@code feature}/. */
        ExportArchivePort folder(String feature);

        /**
         * Adds the README and the manifest, completes the archive and stores it in the file store (in the caller's
         * transaction, which the file store needs for the owner's key); returns the archive's size in bytes.
         */
        long store(Manifest manifest) throws IOException;

        @Override
        void close();
    }

    /** What the archive's README and manifest describe. */
    record Manifest(String exportId, String workspaceId, String workspaceName, String scope, String clientId,
            String createdAt, List<Feature> features) {
    }

    /** One feature's folder: its name, the tables it comes from, and what it holds (for the README). */
    record Feature(String name, List<String> tables, String readme) {
    }
}
