package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import java.util.Iterator;
import java.util.List;

/**
 * An export archive being written (a ZIP streamed into the file store). Paths are relative to the feature's
 * folder. Entries are written as they come: nothing is kept in memory beyond the current entry.
 */
public interface ExportArchivePort {
    /** One JSON document (a record, list or map that JSON-B can write), e.g. {@code clients/<id>.json}. */
    void json(String path, Object document);

    /** A CSV table for tabular series (metrics, logs): the header, then the rows as they are produced. */
    void csv(String path, List<String> header, Iterator<List<String>> rows);

    /** A stored file (a photo, an attachment), copied from the file store, decrypted. */
    void file(String path, DataSubject owner, FileId id);
}
