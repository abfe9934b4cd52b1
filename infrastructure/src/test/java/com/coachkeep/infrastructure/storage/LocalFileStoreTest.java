package com.coachkeep.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.coachkeep.infrastructure.crypto.DataKeys;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class LocalFileStoreTest extends FileStoreContract {
    LocalFileStore local;

    @Override
    FileStorePort newStore(DataKeys keys) {
        local = LocalFileStore.of(temp.resolve("files"), keys);
        return local;
    }

    @Override
    byte[] rawBytes(DataSubject owner, FileId id) throws Exception {
        return Files.readAllBytes(local.subjectDirectory(owner).resolve(id.toString()));
    }

    @Override
    void writeRaw(DataSubject owner, FileId id, byte[] bytes) throws Exception {
        Files.createDirectories(local.subjectDirectory(owner));
        Files.write(local.subjectDirectory(owner).resolve(id.toString()), bytes);
    }

    @Test
    void filesAndFoldersAreReadableByTheServerOnly() throws Exception {
        FileId id = FileId.newId();
        store.put(client, id, new ByteArrayInputStream(new byte[10]));
        Path dir = local.subjectDirectory(client);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(id.toString()))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    @Test
    void deletingAllOfASubjectRemovesItsFolder() throws Exception {
        store.put(client, FileId.newId(), new ByteArrayInputStream(new byte[10]));
        store.deleteAll(client);
        assertFalse(Files.exists(local.subjectDirectory(client)));
    }
}
