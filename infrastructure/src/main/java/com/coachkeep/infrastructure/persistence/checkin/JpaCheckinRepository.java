package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.CheckinRepository;
import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Check-ins, their answers and the coach's feedback encrypted under the client's key. */
@ApplicationScoped
public class JpaCheckinRepository implements CheckinRepository {
    static final String TABLE = "checkin";
    static final String COLUMNS = "id, client_id, form_id, form_version, schedule_id, occurrence_on, answers_ct, submitted_by, on_behalf, submitted_at, "
            + "updated_at, reviewed_by, reviewed_at, feedback_ct, version";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Checkin> find(WorkspaceId workspaceId, ClientId clientId, UUID id) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from checkin where workspace_id = ?1 and client_id = ?2 and id = ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).setParameter(3, id).getResultList();
        return rows.stream().findFirst().map(r -> toDomain(workspaceId, r));
    }

    @Override
    public boolean idTaken(WorkspaceId workspaceId, UUID id) {
        tenant.workspace(workspaceId);
        return !em.createNativeQuery("select 1 from checkin where workspace_id = ?1 and id = ?2").setParameter(1, workspaceId.value())
                .setParameter(2, id).getResultList().isEmpty();
    }

    @Override
    public Optional<UUID> forOccurrence(WorkspaceId workspaceId, UUID scheduleId, LocalDate day) {
        tenant.workspace(workspaceId);
        List<?> rows = em.createNativeQuery("select id from checkin where workspace_id = ?1 and schedule_id = ?2 and occurrence_on = cast(?3 as date)")
                .setParameter(1, workspaceId.value()).setParameter(2, scheduleId).setParameter(3, CheckinSql.param(day)).getResultList();
        return rows.stream().findFirst().map(Rows::uuid);
    }

    @Override
    public void save(Checkin c, boolean isNew) {
        tenant.workspace(c.workspaceId());
        UUID ws = c.workspaceId().value();
        UUID client = c.clientId().value();
        byte[] answers = CheckinSql.encrypt(cipher, ws, client, TABLE, "answers_ct", c.id(), CheckinSql.answersJson(c.answers()));
        byte[] feedback = CheckinSql.encrypt(cipher, ws, client, TABLE, "feedback_ct", c.id(), c.feedback());
        if (isNew) {
            em.createNativeQuery("insert into checkin (workspace_id, " + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, cast(?6 as uuid), cast(?7 as date), "
                            + "?8, cast(?9 as uuid), ?10, ?11, ?12, cast(?13 as uuid), ?14, cast(?15 as bytea), ?16)")
                    .setParameter(1, ws).setParameter(2, c.id()).setParameter(3, client).setParameter(4, c.formId()).setParameter(5, c.formVersion())
                    .setParameter(6, c.scheduleId() == null ? null : c.scheduleId().toString()).setParameter(7, CheckinSql.param(c.occurrenceOn()))
                    .setParameter(8, answers).setParameter(9, CheckinSql.personParam(c.submittedBy())).setParameter(10, c.onBehalf())
                    .setParameter(11, Persistence.toDb(c.submittedAt())).setParameter(12, Persistence.toDb(c.updatedAt()))
                    .setParameter(13, CheckinSql.personParam(c.reviewedBy())).setParameter(14, Persistence.toDb(c.reviewedAt()))
                    .setParameter(15, feedback).setParameter(16, c.version()).executeUpdate();
        } else {
            em.createNativeQuery("update checkin set form_version = ?3, answers_ct = ?4, updated_at = ?5, reviewed_by = cast(?6 as uuid), "
                            + "reviewed_at = ?7, feedback_ct = cast(?8 as bytea), version = ?9 where workspace_id = ?1 and id = ?2")
                    .setParameter(1, ws).setParameter(2, c.id()).setParameter(3, c.formVersion()).setParameter(4, answers)
                    .setParameter(5, Persistence.toDb(c.updatedAt())).setParameter(6, CheckinSql.personParam(c.reviewedBy()))
                    .setParameter(7, Persistence.toDb(c.reviewedAt())).setParameter(8, feedback).setParameter(9, c.version()).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Checkin> ofClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from checkin where workspace_id = ?1 and client_id = ?2 "
                + "order by submitted_at desc, id").setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        return rows.stream().map(r -> toDomain(workspaceId, r)).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<LocalDate, Submission>> submissions(WorkspaceId workspaceId, Set<UUID> scheduleIds, LocalDate from, LocalDate to) {
        tenant.workspace(workspaceId);
        Map<UUID, Map<LocalDate, Submission>> out = new HashMap<>();
        if (scheduleIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select schedule_id, occurrence_on, id, submitted_at from checkin where workspace_id = ?1 "
                        + "and schedule_id = any(cast(?2 as uuid[])) and occurrence_on between cast(?3 as date) and cast(?4 as date)")
                .setParameter(1, workspaceId.value()).setParameter(2, "{" + String.join(",", scheduleIds.stream().map(UUID::toString).toList()) + "}")
                .setParameter(3, CheckinSql.param(from)).setParameter(4, CheckinSql.param(to)).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent(Rows.uuid(r[0]), k -> new HashMap<>()).put(CheckinSql.date(r[1]), new Submission(Rows.uuid(r[2]), Rows.instant(r[3])));
        }
        return out;
    }

    private Checkin toDomain(WorkspaceId workspaceId, Object[] r) {
        UUID id = Rows.uuid(r[0]);
        UUID client = Rows.uuid(r[1]);
        UUID ws = workspaceId.value();
        String answers = CheckinSql.decrypt(cipher, ws, client, TABLE, "answers_ct", id, r[6]);
        return new Checkin(id, workspaceId, new ClientId(client), Rows.uuid(r[2]), ((Number) r[3]).intValue(), r[4] == null ? null : Rows.uuid(r[4]),
                CheckinSql.date(r[5]), CheckinSql.answers(answers), CheckinSql.person(r[7]), (Boolean) r[8], Rows.instant(r[9]), Rows.instant(r[10]),
                CheckinSql.person(r[11]), r[12] == null ? null : Rows.instant(r[12]),
                CheckinSql.decrypt(cipher, ws, client, TABLE, "feedback_ct", id, r[13]), ((Number) r[14]).longValue());
    }
}
