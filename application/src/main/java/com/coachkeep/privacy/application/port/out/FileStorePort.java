package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Stored files (export archives; photos and attachments later), each belonging to one data subject and
 * encrypted under that subject's file key before it is written. Content streams in and out: memory does not
 * grow with a file's size.
 */
public interface FileStorePort {
    /** Stores the stream's content under this id, replacing any earlier content; returns the plaintext size. */
    long put(DataSubject owner, FileId id, InputStream content) throws IOException;

    /**
     * Opens the file for reading; the caller closes the stream. Empty when there is no such file. A file whose
     * subject was erased, or whose bytes were altered or moved to another subject, fails to read.
     */
    Optional<InputStream> get(DataSubject owner, FileId id) throws IOException;

    /** Deletes one file; {@code false} when there was none. */
    boolean delete(DataSubject owner, FileId id) throws IOException;

    /** Deletes every file of the subject; returns how many. */
    int deleteAll(DataSubject owner) throws IOException;
}
