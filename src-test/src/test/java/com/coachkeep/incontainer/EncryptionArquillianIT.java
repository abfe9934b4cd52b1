package com.coachkeep.incontainer;

import static com.coachkeep.incontainer.Fixtures.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.persistence.roster.PlaintextNoteEncryption;
import com.coachkeep.privacy.application.port.out.SubjectKeyPort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.SubjectErasedException;
import com.coachkeep.roster.application.port.in.CoachNoteView;
import com.coachkeep.roster.application.port.out.CoachNoteRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.domain.Person;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Coach notes encrypted under the client's key, the keystore, crypto-shredding and the plaintext migration. */
@ExtendWith(ArquillianExtension.class)
@Tag("promise:P-ENC-2")
public class EncryptionArquillianIT {

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.war("encryption-it");
    }

    @Inject
    Fixtures fixtures;
    @Inject
    CoachNoteRepository notes;
    @Inject
    SubjectKeyPort subjectKeys;
    @Inject
    PlaintextNoteEncryption plaintextNotes;

    private List<CoachNote> listed(WorkspaceId workspace, Client client) {
        return Tx.call(() -> notes.list(workspace, client.id(), PageRequest.first(50))).items();
    }

    @Test
    public void aNoteIsStoredEncryptedUnderItsClientsKeyAndReadsBack() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Client client = fixtures.client(wa, "Encrypted Client");
        CoachNote note = CoachNote.write(wa, client.id(), owner.id(), "Type 1 diabetic; check glucose before sessions.", now());
        Tx.run(() -> notes.add(note));

        Object[] row = Db.in(wa).rows("select body, body_ct from coach_note where workspace_id = ? and id = ?",
                wa.value(), note.id().value()).get(0);
        assertNull(row[0], "no plaintext column value");
        assertFalse(new String((byte[]) row[1], StandardCharsets.ISO_8859_1).contains("diabetic"));
        List<Object[]> keys = Db.in(wa).rows("select subject_kind, purpose, wrapped_key from keystore.data_key "
                + "where workspace_id = ? and subject_id = ?", wa.value(), client.id().value());
        assertEquals(1, keys.size());
        assertEquals("CLIENT", keys.get(0)[0]);
        assertEquals("FIELD", keys.get(0)[1]);
        assertNotNull(keys.get(0)[2]);
        assertEquals(List.of(note), listed(wa, client));
    }

    @Test
    @Tag("promise:P-DEL-3")
    public void afterTheClientsKeyIsDestroyedTheirNotesReadAsErasedAndOthersAreUntouched() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Client leaving = fixtures.client(wa, "Leaving Client");
        Client staying = fixtures.client(wa, "Staying Client");
        CoachNote first = CoachNote.write(wa, leaving.id(), owner.id(), "Recovering from a hernia operation.", now());
        CoachNote second = CoachNote.write(wa, leaving.id(), owner.id(), "Cleared for light training.", now().plusSeconds(1));
        CoachNote kept = CoachNote.write(wa, staying.id(), owner.id(), "Marathon in April.", now());
        Tx.run(() -> {
            notes.add(first);
            notes.add(second);
            notes.add(kept);
        });
        assertEquals(2, listed(wa, leaving).size());

        Tx.run(() -> subjectKeys.destroy(DataSubject.client(wa, leaving.id())));

        List<CoachNote> erased = listed(wa, leaving);
        assertEquals(List.of(second.id(), first.id()), erased.stream().map(CoachNote::id).toList(), "still listed, newest first");
        assertTrue(erased.stream().allMatch(CoachNote::erased));
        assertTrue(erased.stream().allMatch(n -> n.body() == null));
        CoachNoteView view = CoachNoteView.of(erased.get(0));
        assertTrue(view.erased());
        assertNull(view.body());
        assertEquals(0, Db.in(wa).countRows("select count(*) from keystore.data_key where workspace_id = ? and subject_id = ? "
                + "and wrapped_key is not null", wa.value(), leaving.id().value()), "no key material left");
        assertTrue(Tx.call(() -> subjectKeys.destroyed(DataSubject.client(wa, leaving.id()))));
        assertThrows(SubjectErasedException.class,
                () -> Tx.run(() -> notes.add(CoachNote.write(wa, leaving.id(), owner.id(), "again", now()))));

        assertEquals(List.of(kept), listed(wa, staying));
        Tx.run(() -> subjectKeys.destroy(DataSubject.client(wa, leaving.id()))); // idempotent
    }

    @Test
    public void aDestroyedKeyCannotBeRevivedOrReplacedByTheApplicationRole() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Client client = fixtures.client(wa, "Shredded Client");
        Tx.run(() -> notes.add(CoachNote.write(wa, client.id(), owner.id(), "note", now())));
        Object[] key = {wa.value(), client.id().value()};
        Db.assertRefused(() -> Db.in(wa).rows("update keystore.data_key set wrapped_key = '\\x00'::bytea "
                + "where workspace_id = ? and subject_id = ? returning 1", key), "a live key is never replaced");
        Db.assertRefused(() -> Db.in(wa).rows("delete from keystore.data_key "
                + "where workspace_id = ? and subject_id = ? returning 1", key), "keys are never deleted by the application");

        Tx.run(() -> subjectKeys.destroy(DataSubject.client(wa, client.id())));
        Db.assertRefused(() -> Db.in(wa).rows("update keystore.data_key set wrapped_key = '\\x00'::bytea, "
                + "destroyed_at = null where workspace_id = ? and subject_id = ? returning 1", key), "a destroyed key stays destroyed");
    }

    @Test
    public void notesStoredInPlaintextAreEncryptedByTheStartUpStepAndStillReadTheSame() {
        Person owner = fixtures.person("owner");
        WorkspaceId wa = fixtures.workspace(owner).workspace().id();
        Client client = fixtures.client(wa, "Legacy Client");
        UUID legacy = UUID.randomUUID();
        Db.in(wa).rows("insert into coach_note (workspace_id, id, client_id, author_id, body, created_at) "
                + "values (?, ?, ?, ?, ?, now()) returning id", wa.value(), legacy, client.id().value(), owner.id().value(),
                "Written before encryption: asthma, carries an inhaler.");
        assertEquals("Written before encryption: asthma, carries an inhaler.", listed(wa, client).get(0).body(),
                "readable before the migration");

        while (Tx.call(() -> plaintextNotes.encryptBatch(50)) > 0) {
            // until no plaintext is left anywhere
        }

        Object[] row = Db.in(wa).rows("select body, body_ct from coach_note where workspace_id = ? and id = ?", wa.value(), legacy).get(0);
        assertNull(row[0]);
        assertFalse(new String((byte[]) row[1], StandardCharsets.ISO_8859_1).contains("asthma"));
        assertEquals("Written before encryption: asthma, carries an inhaler.", listed(wa, client).get(0).body());
        assertEquals(0, Tx.call(() -> plaintextNotes.encryptBatch(50)), "idempotent");
    }
}
