package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.support.application.port.out.CoachDirectoryPort;
import com.coachkeep.support.application.port.out.SubProcessorAnnouncementRepository;
import com.coachkeep.support.domain.SubProcessorAnnouncement;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sub-processor announcements and the directory of coaches they go to, in native SQL. Listing coaches reads
 * memberships across workspaces, as the worker role ({@link TenantScope#coachDirectory()}): the membership table's
 * read-only {@code coach_directory} policy admits that role only.
 */
@ApplicationScoped
public class JpaSubProcessorAnnouncementRepository implements SubProcessorAnnouncementRepository, CoachDirectoryPort {
    private static final String NIL = new UUID(0, 0).toString();

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(SubProcessorAnnouncement a, Instant now) {
        em.createNativeQuery("insert into sub_processor_announcement (id, change, service, purpose, region, effective_at, cursor_id, "
                        + "created_at, updated_at) values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, cast(?7 as uuid), ?8, ?8)")
                .setParameter(1, a.id().toString()).setParameter(2, a.change()).setParameter(3, a.service()).setParameter(4, a.purpose())
                .setParameter(5, a.region()).setParameter(6, Persistence.toDb(a.effectiveAt()))
                .setParameter(7, a.cursor() == null ? null : a.cursor().value().toString()).setParameter(8, Persistence.toDb(now))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SubProcessorAnnouncement> lockNextPending() {
        List<Object[]> rows = em.createNativeQuery("select id, change, service, purpose, region, effective_at, cursor_id "
                + "from sub_processor_announcement where done_at is null order by created_at, id limit 1 for update skip locked")
                .getResultList();
        return rows.stream().findFirst().map(r -> new SubProcessorAnnouncement(SupportRows.uuid(r[0]), ((String) r[1]).strip(),
                (String) r[2], (String) r[3], (String) r[4], SupportRows.instant(r[5]),
                r[6] == null ? null : new PersonId(SupportRows.uuid(r[6]))));
    }

    @Override
    public void advance(UUID id, PersonId cursor, boolean done, Instant now) {
        em.createNativeQuery("update sub_processor_announcement set cursor_id = cast(?2 as uuid), updated_at = ?3, done_at = ?4 "
                        + "where id = cast(?1 as uuid)")
                .setParameter(1, id.toString()).setParameter(2, cursor == null ? null : cursor.value().toString())
                .setParameter(3, Persistence.toDb(now)).setParameter(4, done ? Persistence.toDb(now) : null).executeUpdate();
    }

    @Override
    public List<Coach> coachesAfter(PersonId after, int limit) {
        List<Object[]> rows = tenant.coachDirectory().rows("select p.id, p.email, p.display_name from person p where p.email is not null "
                + "and p.id > cast(? as uuid) and exists (select 1 from membership m where m.person_id = p.id "
                + "and m.status = 'ACTIVE' and m.role in ('OWNER', 'COACH')) order by p.id limit ?",
                after == null ? NIL : after.value().toString(), limit);
        return rows.stream().map(r -> new Coach(new PersonId(SupportRows.uuid(r[0])), new EmailAddress((String) r[1]), (String) r[2]))
                .toList();
    }
}
