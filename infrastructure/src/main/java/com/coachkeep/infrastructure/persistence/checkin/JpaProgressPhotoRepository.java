package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.ProgressPhotoRepository;
import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.PhotoPose;
import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Progress photos' rows, always by workspace and client. */
@ApplicationScoped
public class JpaProgressPhotoRepository implements ProgressPhotoRepository {
    static final String COLUMNS = "id, client_id, pose, taken_on, media_type, width, height, size_bytes, thumbnail_file_id, "
            + "thumbnail_media_type, thumbnail_width, thumbnail_height, hidden_from_staff, uploaded_by, uploaded_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(ProgressPhoto p) {
        tenant.workspace(p.workspaceId());
        em.createNativeQuery("insert into progress_photo (workspace_id, " + COLUMNS + ") values (?1, ?2, ?3, ?4, cast(?5 as date), ?6, "
                        + "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
                .setParameter(1, p.workspaceId().value()).setParameter(2, p.id().value()).setParameter(3, p.clientId().value())
                .setParameter(4, p.pose().name()).setParameter(5, p.takenOn().toString()).setParameter(6, p.mediaType())
                .setParameter(7, p.width()).setParameter(8, p.height()).setParameter(9, p.sizeBytes())
                .setParameter(10, p.thumbnailFileId()).setParameter(11, p.thumbnailMediaType()).setParameter(12, p.thumbnailWidth())
                .setParameter(13, p.thumbnailHeight()).setParameter(14, p.hiddenFromStaff()).setParameter(15, p.uploadedBy().value())
                .setParameter(16, Persistence.toDb(p.uploadedAt()))
                .executeUpdate();
    }

    @Override
    public Optional<ProgressPhoto> find(WorkspaceId workspaceId, ClientId clientId, PhotoId id) {
        return select(workspaceId, "client_id = ?2 and id = ?3", "", clientId, id.value()).stream().findFirst();
    }

    @Override
    public List<ProgressPhoto> list(WorkspaceId workspaceId, ClientId clientId, PhotoPose pose, boolean includeHidden) {
        String hidden = includeHidden ? "" : " and not hidden_from_staff";
        if (pose == null) {
            return select(workspaceId, "client_id = ?2" + hidden, " order by taken_on desc, uploaded_at desc, id", clientId);
        }
        return select(workspaceId, "client_id = ?2 and pose = ?3" + hidden, " order by taken_on desc, uploaded_at desc, id", clientId,
                pose.name());
    }

    @Override
    public Optional<ProgressPhoto> onDay(WorkspaceId workspaceId, ClientId clientId, PhotoPose pose, LocalDate day, boolean includeHidden) {
        String hidden = includeHidden ? "" : " and not hidden_from_staff";
        return select(workspaceId, "client_id = ?2 and pose = ?3 and taken_on = cast(?4 as date)" + hidden,
                " order by uploaded_at desc, id limit 1", clientId, pose.name(), day.toString()).stream().findFirst();
    }

    @Override
    public Optional<ProgressPhoto> first(WorkspaceId workspaceId, ClientId clientId, PhotoPose pose, boolean includeHidden) {
        String hidden = includeHidden ? "" : " and not hidden_from_staff";
        return select(workspaceId, "client_id = ?2 and pose = ?3" + hidden, " order by taken_on, uploaded_at, id limit 1", clientId,
                pose.name()).stream().findFirst();
    }

    @Override
    public void setHidden(WorkspaceId workspaceId, ClientId clientId, PhotoId id, boolean hidden) {
        tenant.workspace(workspaceId);
        em.createNativeQuery("update progress_photo set hidden_from_staff = ?4 where workspace_id = ?1 and client_id = ?2 and id = ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, id.value()).setParameter(4, hidden)
                .executeUpdate();
    }

    @Override
    public boolean delete(WorkspaceId workspaceId, ClientId clientId, PhotoId id) {
        tenant.workspace(workspaceId);
        return em.createNativeQuery("delete from progress_photo where workspace_id = ?1 and client_id = ?2 and id = ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, id.value())
                .executeUpdate() > 0;
    }

    @SuppressWarnings("unchecked")
    private List<ProgressPhoto> select(WorkspaceId workspaceId, String where, String order, ClientId clientId, Object... more) {
        tenant.workspace(workspaceId);
        var q = em.createNativeQuery("select " + COLUMNS + " from progress_photo where workspace_id = ?1 and " + where + order)
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value());
        for (int i = 0; i < more.length; i++) {
            q.setParameter(3 + i, more[i]);
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> row(workspaceId, r)).toList();
    }

    static ProgressPhoto row(WorkspaceId workspaceId, Object[] r) {
        return new ProgressPhoto(new PhotoId(Rows.uuid(r[0])), workspaceId, new ClientId(Rows.uuid(r[1])), PhotoPose.valueOf(Rows.text(r[2])),
                date(r[3]), Rows.text(r[4]), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).longValue(),
                Rows.uuid(r[8]), Rows.text(r[9]), ((Number) r[10]).intValue(), ((Number) r[11]).intValue(), (Boolean) r[12],
                new PersonId(Rows.uuid(r[13])), Rows.instant(r[14]));
    }

    static LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(value.toString());
    }
}
