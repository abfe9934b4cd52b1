package com.coachkeep.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.KeyPurpose;
import com.coachkeep.privacy.domain.SubjectErasedException;
import com.coachkeep.privacy.domain.WrappedKey;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("promise:P-ENC-2")
class FieldCipherTest {
    @TempDir
    Path temp;

    InMemoryWrappedKeys stored;
    DataKeys keys;
    FieldCipher cipher;
    final WorkspaceId workspace = WorkspaceId.newId();
    final DataSubject client = DataSubject.client(workspace, ClientId.newId());
    final FieldLocation note = new FieldLocation(client, "coach_note", "body", UUID.randomUUID());

    @BeforeEach
    void setUp() throws Exception {
        stored = new InMemoryWrappedKeys();
        keys = DataKeys.of(stored, TinkKeyVault.localFile(temp.resolve("keys/kek.json")), Clock.systemUTC(), Duration.ofMinutes(2), 100);
        cipher = FieldCipher.of(keys);
    }

    @Test
    void aValueRoundTripsAndItsCiphertextRevealsNothing() {
        String body = "Knee pain after squats; on ibuprofen since Monday.";
        byte[] ciphertext = cipher.encrypt(note, body);
        assertFalse(new String(ciphertext, StandardCharsets.ISO_8859_1).contains("ibuprofen"));
        assertEquals(Optional.of(body), cipher.decrypt(note, ciphertext));
        assertNotEquals(new String(ciphertext, StandardCharsets.ISO_8859_1),
                new String(cipher.encrypt(note, body), StandardCharsets.ISO_8859_1), "a fresh nonce every time");
        keys.forgetUnwrappedKeys();
        assertEquals(Optional.of(body), cipher.decrypt(note, ciphertext), "the stored, wrapped key unwraps again");
    }

    @Test
    void aValueMovedToAnotherRowColumnSubjectOrWorkspaceDoesNotDecrypt() {
        byte[] ciphertext = cipher.encrypt(note, "private");
        FieldLocation otherRow = new FieldLocation(client, "coach_note", "body", UUID.randomUUID());
        FieldLocation otherColumn = new FieldLocation(client, "coach_note", "title", note.rowId());
        FieldLocation otherTable = new FieldLocation(client, "check_in", "body", note.rowId());
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(otherRow, ciphertext));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(otherColumn, ciphertext));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(otherTable, ciphertext));

        // the same client id under another workspace, and another client of the same workspace, have other keys
        DataSubject sameIdElsewhere = new DataSubject(WorkspaceId.newId(), DataSubject.Kind.CLIENT, client.id());
        cipher.encrypt(new FieldLocation(sameIdElsewhere, "coach_note", "body", note.rowId()), "x");
        assertThrows(IllegalStateException.class,
                () -> cipher.decrypt(new FieldLocation(sameIdElsewhere, "coach_note", "body", note.rowId()), ciphertext));
        DataSubject otherClient = DataSubject.client(workspace, ClientId.newId());
        cipher.encrypt(new FieldLocation(otherClient, "coach_note", "body", note.rowId()), "x");
        assertThrows(IllegalStateException.class,
                () -> cipher.decrypt(new FieldLocation(otherClient, "coach_note", "body", note.rowId()), ciphertext));
    }

    @Test
    void anAlteredValueDoesNotDecrypt() {
        byte[] ciphertext = cipher.encrypt(note, "private");
        ciphertext[ciphertext.length / 2] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(note, ciphertext));
    }

    @Test
    @Tag("promise:P-DEL-3")
    void afterTheSubjectsKeyIsDestroyedItsValuesReadAsErasedAndNothingMoreIsWritten() {
        byte[] ciphertext = cipher.encrypt(note, "private");
        DataSubject bystander = DataSubject.client(workspace, ClientId.newId());
        FieldLocation theirs = new FieldLocation(bystander, "coach_note", "body", UUID.randomUUID());
        byte[] theirCiphertext = cipher.encrypt(theirs, "still here");

        keys.destroy(client);

        assertTrue(keys.destroyed(client));
        assertEquals(Optional.empty(), cipher.decrypt(note, ciphertext));
        assertThrows(SubjectErasedException.class, () -> cipher.encrypt(note, "again"));
        assertTrue(stored.rows.values().stream().filter(k -> k.subject().equals(client)).allMatch(k -> k.material() == null),
                "no key material of the subject is left");
        assertEquals(Optional.of("still here"), cipher.decrypt(theirs, theirCiphertext), "other subjects are untouched");
        keys.destroy(client); // idempotent
    }

    @Test
    void destroyingASubjectWithoutKeysLeavesMarkersSoNoneIsCreatedLater() {
        DataSubject never = DataSubject.client(workspace, ClientId.newId());
        keys.destroy(never);
        assertThrows(SubjectErasedException.class,
                () -> cipher.encrypt(new FieldLocation(never, "coach_note", "body", UUID.randomUUID()), "x"));
    }

    @Test
    void aWrappedKeyCopiedToAnotherSubjectDoesNotUnwrap() {
        cipher.encrypt(note, "private");
        WrappedKey original = stored.find(client, KeyPurpose.FIELD).orElseThrow();
        DataSubject thief = DataSubject.client(workspace, ClientId.newId());
        stored.addIfAbsent(new WrappedKey(thief, KeyPurpose.FIELD, original.material(), original.createdAt(), null));
        assertThrows(SecurityException.class,
                () -> cipher.encrypt(new FieldLocation(thief, "coach_note", "body", UUID.randomUUID()), "x"));
    }

    @Test
    void aSubjectsKeyIsCreatedOnceAndReused() {
        cipher.encrypt(note, "a");
        byte[] first = stored.find(client, KeyPurpose.FIELD).orElseThrow().material();
        keys.forgetUnwrappedKeys();
        cipher.encrypt(note, "b");
        assertArrayEquals(first, stored.find(client, KeyPurpose.FIELD).orElseThrow().material());
        assertEquals(1, stored.rows.size());
    }
}
