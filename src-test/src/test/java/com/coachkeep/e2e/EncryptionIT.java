package com.coachkeep.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Sensitive fields as the running server stores them, and as it reports them once their subject is erased. */
@Tag("promise:P-ENC-2")
class EncryptionIT {
    static Connection superuser() throws Exception {
        TestServer.awaitReady();
        return DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
    }

    @Test
    void aCoachNoteIsStoredAsCiphertextAndItsKeyOnlyWrappedInTheKeystore() throws Exception {
        var w = Workspaces.populated("Encrypted Notes");
        try (Connection c = superuser()) {
            PreparedStatement q = c.prepareStatement("select body, body_ct from coach_note where id = ?::uuid");
            q.setString(1, w.noteId());
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertNull(rs.getString(1));
                String stored = new String(rs.getBytes(2), StandardCharsets.ISO_8859_1);
                assertFalse(stored.contains("Knee"), "the database holds no plaintext of the note");
            }
            PreparedStatement k = c.prepareStatement("select purpose, wrapped_key from keystore.data_key "
                    + "where workspace_id = ?::uuid and subject_kind = 'CLIENT' and subject_id = ?::uuid");
            k.setString(1, w.id());
            k.setString(2, w.clientId());
            try (ResultSet rs = k.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("FIELD", rs.getString(1));
                assertNotNull(rs.getBytes(2));
                assertFalse(rs.next());
            }
        }
        TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}/clients/{c}/notes", w.id(), w.clientId())
                .then().statusCode(200)
                .body("items[0].body", equalTo("Knee pain after squats; keep loads light."))
                .body("items[0].erased", equalTo(false));

        Path keyFile = TestServer.DATA_DIR.resolve("keys/kek.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())));
    }

    @Test
    @Tag("promise:P-DEL-3")
    void notesOfAClientWhoseKeyWasDestroyedAreReportedAsErasedNotAsAnError() throws Exception {
        var w = Workspaces.populated("Erased Client");
        // The other client has no note yet, so no server holds their key in memory. A note is stored for them, then
        // their key is destroyed, as the deletion of a client does (and as a restored backup finds it).
        try (Connection c = superuser()) {
            PreparedStatement note = c.prepareStatement("insert into coach_note (workspace_id, id, client_id, author_id, body_ct, created_at) "
                    + "select ?::uuid, ?::uuid, ?::uuid, m.person_id, ?, now() from membership m where m.workspace_id = ?::uuid and m.id = ?::uuid");
            note.setString(1, w.id());
            note.setString(2, UUID.randomUUID().toString());
            note.setString(3, w.otherClientId());
            note.setBytes(4, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33});
            note.setString(5, w.id());
            note.setString(6, w.coach().membershipId());
            assertEquals(1, note.executeUpdate());
            PreparedStatement destroyed = c.prepareStatement("insert into keystore.data_key (workspace_id, subject_kind, subject_id, purpose, created_at, destroyed_at) "
                    + "values (?::uuid, 'CLIENT', ?::uuid, 'FIELD', now(), now())");
            destroyed.setString(1, w.id());
            destroyed.setString(2, w.otherClientId());
            assertEquals(1, destroyed.executeUpdate());
        }
        TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients/{c}/notes", w.id(), w.otherClientId())
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].erased", equalTo(true))
                .body("items[0].body", nullValue());
        TestServer.as(w.owner().token()).contentType("application/json").body("{\"body\":\"again\"}")
                .post("/api/v1/workspaces/{w}/clients/{c}/notes", w.id(), w.otherClientId())
                .then().statusCode(409);
        // The other client's notes are untouched.
        TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}/clients/{c}/notes", w.id(), w.clientId())
                .then().statusCode(200).body("items[0].erased", equalTo(false));
    }
}
