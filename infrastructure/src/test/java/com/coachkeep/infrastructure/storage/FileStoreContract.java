package com.coachkeep.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.crypto.DataKeys;
import com.coachkeep.infrastructure.crypto.InMemoryWrappedKeys;
import com.coachkeep.infrastructure.crypto.TinkKeyVault;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.privacy.domain.SubjectErasedException;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link FileStorePort} adapter promises, run against each of them: content round-trips through streams,
 * only ciphertext is stored, altered, truncated or moved bytes fail to read, a destroyed key makes a subject's files
 * unreadable, and deletion is per file or per subject. Each adapter's test supplies raw access to its stored bytes.
 */
@Tag("promise:P-ENC-2")
abstract class FileStoreContract {
    @TempDir
    Path temp;

    DataKeys keys;
    FileStorePort store;
    final WorkspaceId workspace = WorkspaceId.newId();
    final DataSubject client = DataSubject.client(workspace, ClientId.newId());

    /** The adapter under test, over these keys. */
    abstract FileStorePort newStore(DataKeys keys) throws Exception;

    /** The bytes the adapter stored for this file, exactly as stored. */
    abstract byte[] rawBytes(DataSubject owner, FileId id) throws Exception;

    /** Writes bytes straight into the store's medium under this subject and id, as an attacker with storage access could. */
    abstract void writeRaw(DataSubject owner, FileId id, byte[] bytes) throws Exception;

    @BeforeEach
    void setUpStore() throws Exception {
        keys = DataKeys.of(new InMemoryWrappedKeys(), TinkKeyVault.localFile(temp.resolve("keys/kek.json")),
                Clock.systemUTC(), Duration.ofMinutes(2), 100);
        store = newStore(keys);
    }

    /** A stream of pseudo-random bytes that is never held in memory as a whole. */
    static InputStream generated(long size, long seed) {
        Random random = new Random(seed);
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? random.nextInt(256) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                byte[] chunk = new byte[n];
                random.nextBytes(chunk);
                System.arraycopy(chunk, 0, b, off, n);
                left -= n;
                return n;
            }
        };
    }

    static byte[] digest(InputStream in) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return sha.digest();
    }

    @Test
    void aMultiSegmentFileRoundTripsThroughStreamsAndIsStoredEncrypted() throws Exception {
        long size = 5L * 1024 * 1024 + 123; // several 1 MB segments and a partial one
        FileId id = FileId.newId();
        assertEquals(size, store.put(client, id, generated(size, 7)));
        assertArrayEquals(digest(generated(size, 7)), digest(store.get(client, id).orElseThrow()));

        byte[] stored = rawBytes(client, id);
        assertTrue(stored.length > size, "ciphertext carries a header and a tag per segment");
        byte[] plainHead = generated(size, 7).readNBytes(4096);
        assertFalse(Arrays.equals(Arrays.copyOf(stored, 4096), plainHead));
    }

    @Test
    void theStoredCopyHoldsNoPlaintextAndDoesNotDecryptWithoutTheSubjectsKey() throws Exception {
        String marker = "check-in caption " + java.util.UUID.randomUUID() + " weighed 81.4 kg; ";
        byte[] plaintext = marker.repeat(3000).getBytes(StandardCharsets.UTF_8); // ~200 KB, several 64 KB writes
        FileId id = FileId.newId();
        store.put(client, id, new ByteArrayInputStream(plaintext));
        byte[] stored = rawBytes(client, id);

        // Not one 16-byte run of the content appears in what the medium holds (the marker repeats, so its runs cover
        // every run of the content).
        java.util.Set<java.nio.ByteBuffer> runs = new java.util.HashSet<>();
        byte[] markerBytes = marker.repeat(2).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 16 <= markerBytes.length; i++) {
            runs.add(java.nio.ByteBuffer.wrap(Arrays.copyOfRange(markerBytes, i, i + 16)));
        }
        for (int i = 0; i + 16 <= stored.length; i++) {
            assertFalse(runs.contains(java.nio.ByteBuffer.wrap(stored, i, 16).slice()),
                    "the stored copy holds plaintext at byte " + i);
        }

        // With the subject's key the copy is exactly this content, so the failures below are about the key alone.
        try (InputStream in = EncryptedFiles.decrypting(keys.fileKeyForReading(client).orElseThrow(), client, id,
                new ByteArrayInputStream(stored))) {
            assertArrayEquals(plaintext, in.readAllBytes());
        }
        // Another subject's key, and a key for this very subject made by another key vault (the same software and
        // file name, not the key), read nothing.
        DataSubject other = DataSubject.client(workspace, ClientId.newId());
        DataKeys elsewhere = DataKeys.of(new InMemoryWrappedKeys(), TinkKeyVault.localFile(temp.resolve("other-kek.json")),
                Clock.systemUTC(), Duration.ofMinutes(2), 100);
        for (var wrongKey : java.util.List.of(keys.fileKeyForWriting(other), elsewhere.fileKeyForWriting(client))) {
            assertThrows(IOException.class, () -> {
                try (InputStream in = EncryptedFiles.decrypting(wrongKey, client, id, new ByteArrayInputStream(stored))) {
                    in.readAllBytes();
                }
            });
        }
    }

    @Test
    void aSmallFileRoundTripsAndAMissingOneIsEmpty() throws Exception {
        FileId id = FileId.newId();
        store.put(client, id, new ByteArrayInputStream("progress photo".getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = store.get(client, id).orElseThrow()) {
            assertEquals("progress photo", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(store.get(client, FileId.newId()).isEmpty());
    }

    @Test
    void aFileStoredAgainUnderTheSameIdReplacesTheFirst() throws Exception {
        FileId id = FileId.newId();
        store.put(client, id, new ByteArrayInputStream("first".getBytes(StandardCharsets.UTF_8)));
        store.put(client, id, new ByteArrayInputStream("second".getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = store.get(client, id).orElseThrow()) {
            assertEquals("second", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anAlteredFileFailsToRead() throws Exception {
        FileId id = FileId.newId();
        store.put(client, id, generated(3 * 1024 * 1024, 1));
        byte[] bytes = rawBytes(client, id);
        bytes[2 * 1024 * 1024] ^= 1;
        writeRaw(client, id, bytes);
        assertThrows(IOException.class, () -> digest(store.get(client, id).orElseThrow()));
    }

    @Test
    void aTruncatedFileFailsToRead() throws Exception {
        FileId id = FileId.newId();
        store.put(client, id, generated(3 * 1024 * 1024, 2));
        writeRaw(client, id, Arrays.copyOf(rawBytes(client, id), 2 * 1024 * 1024 + 64));
        assertThrows(IOException.class, () -> digest(store.get(client, id).orElseThrow()));
    }

    @Test
    void aFileMovedToAnotherSubjectOrNameFailsToRead() throws Exception {
        FileId id = FileId.newId();
        store.put(client, id, new ByteArrayInputStream("body composition scan".getBytes(StandardCharsets.UTF_8)));
        byte[] bytes = rawBytes(client, id);

        DataSubject other = DataSubject.client(workspace, ClientId.newId());
        store.put(other, FileId.newId(), new ByteArrayInputStream(new byte[1])); // the other subject has a key
        writeRaw(other, id, bytes);
        assertThrows(IOException.class, () -> digest(store.get(other, id).orElseThrow()));

        FileId renamed = FileId.newId();
        writeRaw(client, renamed, bytes);
        assertThrows(IOException.class, () -> digest(store.get(client, renamed).orElseThrow()));
    }

    @Test
    @Tag("promise:P-DEL-3")
    void afterTheSubjectsKeyIsDestroyedTheirFilesAreUnreadable() throws Exception {
        FileId id = FileId.newId();
        store.put(client, id, new ByteArrayInputStream("photo".getBytes(StandardCharsets.UTF_8)));
        byte[] copy = rawBytes(client, id);

        keys.destroy(client);

        assertThrows(SubjectErasedException.class, () -> store.get(client, id));
        assertThrows(SubjectErasedException.class,
                () -> store.put(client, FileId.newId(), new ByteArrayInputStream(new byte[1])));
        assertTrue(copy.length > 0, "a copy made before (a backup) is only ciphertext without a key");
    }

    @Test
    void filesAreDeletedOneByOneOrAllOfASubject() throws Exception {
        FileId a = FileId.newId();
        FileId b = FileId.newId();
        store.put(client, a, new ByteArrayInputStream(new byte[10]));
        store.put(client, b, new ByteArrayInputStream(new byte[10]));
        DataSubject other = DataSubject.client(workspace, ClientId.newId());
        FileId theirs = FileId.newId();
        store.put(other, theirs, new ByteArrayInputStream(new byte[10]));

        assertTrue(store.delete(client, a));
        assertFalse(store.delete(client, a));
        assertEquals(1, store.deleteAll(client));
        assertTrue(store.get(client, b).isEmpty());
        assertTrue(store.get(other, theirs).isPresent(), "other subjects keep their files");
        assertEquals(0, store.deleteAll(client));
    }
}
