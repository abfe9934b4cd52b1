package com.coachkeep.infrastructure.persistence.roster;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.FieldLocation;
import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.application.port.out.CoachNoteRepository;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.roster.domain.CoachNote;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * Coach notes. The body is encrypted under the client's field key: the notes are about the client, so erasing the
 * client (destroying their key) erases the notes, in every backup too.
 */
@ApplicationScoped
public class JpaCoachNoteRepository implements CoachNoteRepository {
    static final String TABLE = "coach_note";
    static final String BODY = "body";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    /** Where a note's body is stored: the associated data of its ciphertext. */
    static FieldLocation location(UUID workspaceId, UUID clientId, UUID noteId) {
        return new FieldLocation(DataSubject.client(new WorkspaceId(workspaceId), new ClientId(clientId)), TABLE, BODY, noteId);
    }

    @Override
    public void add(CoachNote note) {
        tenant.workspace(note.workspaceId());
        CoachNoteEntity e = RosterMapper.toEntity(note);
        e.bodyCiphertext = cipher.encrypt(location(e.workspaceId, e.clientId, e.id), note.body());
        em.persist(e);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<CoachNote> list(WorkspaceId workspaceId, ClientId clientId, PageRequest page) {
        tenant.workspace(workspaceId);
        StringBuilder sql = new StringBuilder("select * from coach_note where workspace_id = ?1 and client_id = ?2");
        KeysetCursor before = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        if (before != null) {
            sql.append(" and (created_at, id) < (?3, ?4)");
        }
        sql.append(" order by created_at desc, id desc limit ").append(page.limit() + 1);
        Query q = em.createNativeQuery(sql.toString(), CoachNoteEntity.class)
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value());
        if (before != null) {
            q.setParameter(3, before.timeKey()).setParameter(4, before.id());
        }
        List<CoachNoteEntity> rows = q.getResultList();
        return KeysetCursor.page(rows, page.limit(), e -> new KeysetCursor(e.createdAt.toString(), e.id), this::toDomain);
    }

    private CoachNote toDomain(CoachNoteEntity e) {
        if (e.bodyCiphertext == null) {
            // written before encryption and not yet encrypted by the start-up step
            return RosterMapper.toDomain(e, e.body);
        }
        return RosterMapper.toDomain(e, cipher.decrypt(location(e.workspaceId, e.clientId, e.id), e.bodyCiphertext).orElse(null));
    }
}
