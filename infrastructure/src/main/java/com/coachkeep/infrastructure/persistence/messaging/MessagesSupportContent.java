package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
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
import java.util.UUID;

/**
 * The messaging support scope {@code messages}: one client's conversation, newest first, read beside the roster (which
 * the scope includes). Sensitive: a second member of staff approves it first.
 */
@ApplicationScoped
public class MessagesSupportContent implements SupportContentPort {
    static final GrantScope SCOPE = new GrantScope("messages", true, Set.of("roster"));
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final List<String> COLUMNS = List.of("Sent", "From", "Message");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    @Override
    public GrantScope scope() {
        return SCOPE;
    }

    @Override
    public String label() {
        return "Messages";
    }

    @Override
    @SuppressWarnings("unchecked")
    public SupportContentView read(WorkspaceId workspace, String item, PageRequest page) {
        UUID client;
        try {
            client = item == null ? null : UUID.fromString(item);
        } catch (IllegalArgumentException e) {
            client = null;
        }
        if (client == null) {
            throw new NotFoundException("client");
        }
        tenant.workspace(workspace);
        if (em.createNativeQuery("select 1 from client where workspace_id = ?1 and id = ?2").setParameter(1, workspace.value())
                .setParameter(2, client).getResultList().isEmpty()) {
            throw new NotFoundException("client");
        }
        long before = Long.MAX_VALUE;
        if (page.cursor() != null) {
            try {
                before = Long.parseLong(page.cursor());
            } catch (NumberFormatException e) {
                throw new NotFoundException("page");
            }
        }
        List<Object[]> rows = em.createNativeQuery("select id, seq, from_staff, text_ct, sent_at, deleted_at from message where workspace_id = ?1 "
                        + "and client_id = ?2 and seq < ?3 order by seq desc limit " + (page.limit() + 1))
                .setParameter(1, workspace.value()).setParameter(2, client).setParameter(3, before).getResultList();
        boolean more = rows.size() > page.limit();
        List<Object[]> shown = more ? rows.subList(0, page.limit()) : rows;
        UUID ws = workspace.value();
        UUID c = client;
        List<SupportContentView.Row> out = shown.stream().map(r -> {
            UUID id = Rows.uuid(r[0]);
            String text = r[5] != null ? "(deleted)" : r[3] == null ? "" : cipher.decrypt(JpaMessageRepository.location(ws, c, id),
                    (byte[]) r[3]).orElse("(erased)");
            return new SupportContentView.Row(id.toString(), List.of(TIME.format(Rows.instant(r[4])),
                    Boolean.TRUE.equals(r[2]) ? "staff" : "client", text));
        }).toList();
        String next = more ? String.valueOf(((Number) shown.get(shown.size() - 1)[1]).longValue()) : null;
        return new SupportContentView("messages", "client", client.toString(), COLUMNS, out, next);
    }
}
