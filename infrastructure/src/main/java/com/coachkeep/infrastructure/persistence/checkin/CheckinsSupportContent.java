package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.CheckinRepository;
import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.SupportContentView;
import com.coachkeep.support.application.port.out.SupportContentPort;
import com.coachkeep.support.domain.GrantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check-in context's support scope {@code checkins}: one client's check-ins (answers with their questions, the
 * coach's feedback), read beside the roster, which the scope includes. Health content: sensitive, so a second member of
 * staff approves the grant first.
 */
@ApplicationScoped
public class CheckinsSupportContent implements SupportContentPort {
    static final GrantScope SCOPE = new GrantScope("checkins", true, Set.of("roster"));
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final List<String> COLUMNS = List.of("Submitted", "Answers", "Feedback");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    CheckinRepository checkins;

    @Override
    public GrantScope scope() {
        return SCOPE;
    }

    @Override
    public String label() {
        return "Check-ins";
    }

    @Override
    public SupportContentView read(WorkspaceId workspace, String item, PageRequest page) {
        ClientId client;
        try {
            client = ClientId.parse(item);
        } catch (RuntimeException e) {
            throw new NotFoundException("client");
        }
        tenant.workspace(workspace);
        if (em.createNativeQuery("select 1 from client where workspace_id = ?1 and id = ?2").setParameter(1, workspace.value())
                .setParameter(2, client.value()).getResultList().isEmpty()) {
            throw new NotFoundException("client");
        }
        int offset = 0;
        if (page.cursor() != null) {
            try {
                offset = Integer.parseInt(page.cursor());
            } catch (NumberFormatException e) {
                offset = 0;
            }
        }
        List<Checkin> all = checkins.ofClient(workspace, client);
        List<Checkin> shown = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + page.limit()));
        String next = offset + page.limit() < all.size() ? Integer.toString(offset + page.limit()) : null;
        return new SupportContentView("checkins", "client", client.toString(), COLUMNS, shown.stream().map(c -> new SupportContentView.Row(c.id().toString(),
                List.of(TIME.format(c.submittedAt()), c.answers().stream().map(a -> a.questionText() + ": " + a.value()).collect(Collectors.joining(" · ")),
                        c.feedback() == null ? "" : c.feedback()))).toList(), next);
    }
}
