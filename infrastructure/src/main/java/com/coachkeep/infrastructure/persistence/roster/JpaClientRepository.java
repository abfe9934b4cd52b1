package com.coachkeep.infrastructure.persistence.roster;

import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaClientRepository implements ClientRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(Client client) {
        tenant.workspace(client.workspaceId());
        ClientEntity e = new ClientEntity();
        RosterMapper.copy(client, e);
        em.persist(e);
    }

    @Override
    public Client update(Client client) {
        ClientEntity e = find(client.workspaceId(), client.id().value()).orElseThrow(() -> new StaleVersionException(-1));
        StaleVersionException.check(client.version(), e.version);
        RosterMapper.copy(client, e);
        em.flush();
        return RosterMapper.toDomain(e);
    }

    @Override
    public Optional<Client> findById(WorkspaceId workspaceId, ClientId id) {
        return find(workspaceId, id.value()).map(RosterMapper::toDomain);
    }

    @Override
    public List<Client> findByIds(WorkspaceId workspaceId, java.util.Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        tenant.workspace(workspaceId);
        return em.createQuery("select c from ClientEntity c where c.workspaceId = :w and c.id in :ids", ClientEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("ids", ids.stream().map(ClientId::value).toList())
                .getResultStream().map(RosterMapper::toDomain).toList();
    }

    @Override
    public Optional<Client> findByPerson(WorkspaceId workspaceId, PersonId personId) {
        tenant.workspace(workspaceId);
        return em.createQuery("select c from ClientEntity c where c.workspaceId = :w and c.personId = :p", ClientEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("p", personId.value().toString())
                .getResultStream().findFirst().map(RosterMapper::toDomain);
    }

    @Override
    public Optional<Client> findByEmail(WorkspaceId workspaceId, EmailAddress email) {
        tenant.workspace(workspaceId);
        return em.createQuery("select c from ClientEntity c where c.workspaceId = :w and c.email = :e", ClientEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("e", email.value())
                .getResultStream().findFirst().map(RosterMapper::toDomain);
    }

    @Override
    public long countActive(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        return ((Number) em.createNativeQuery("select count(*) from client where workspace_id = ?1 and status = 'ACTIVE'")
                .setParameter(1, workspaceId.value()).getSingleResult()).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<Client> list(WorkspaceId workspaceId, Filter filter, PageRequest page) {
        tenant.workspace(workspaceId);
        StringBuilder sql = new StringBuilder("select * from client where workspace_id = ?1");
        List<Object> params = new ArrayList<>();
        params.add(workspaceId.value());
        if (filter.status() != null) {
            params.add(filter.status().name());
            sql.append(" and status = ?").append(params.size());
        }
        if (filter.nameSearch() != null) {
            params.add("%" + likeEscape(filter.nameSearch().toLowerCase(Locale.ROOT)) + "%");
            sql.append(" and sort_name like ?").append(params.size()).append(" escape '\\'");
        }
        if (filter.assignedTo() != null) {
            params.add(filter.assignedTo().value());
            sql.append(" and assigned_coach_id = ?").append(params.size());
        }
        if (page.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(page.cursor());
            params.add(after.key());
            sql.append(" and (sort_name, id) > (?").append(params.size());
            params.add(after.id());
            sql.append(", ?").append(params.size()).append(")");
        }
        sql.append(" order by sort_name, id limit ").append(page.limit() + 1);
        Query q = em.createNativeQuery(sql.toString(), ClientEntity.class);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<ClientEntity> rows = q.getResultList();
        return KeysetCursor.page(rows, page.limit(), e -> new KeysetCursor(e.sortName, e.id), RosterMapper::toDomain);
    }

    private Optional<ClientEntity> find(WorkspaceId workspaceId, java.util.UUID id) {
        tenant.workspace(workspaceId);
        return em.createQuery("select c from ClientEntity c where c.workspaceId = :w and c.id = :id", ClientEntity.class)
                .setParameter("w", workspaceId.value()).setParameter("id", id)
                .getResultStream().findFirst();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
