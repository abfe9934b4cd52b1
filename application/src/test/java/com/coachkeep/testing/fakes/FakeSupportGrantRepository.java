package com.coachkeep.testing.fakes;

import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.out.SupportGrantRepository;
import com.coachkeep.support.domain.SupportGrant;
import com.coachkeep.support.domain.SupportGrantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Support grants in memory; the aggregate counts its own views, so {@link #countView} only counts calls. */
public final class FakeSupportGrantRepository implements SupportGrantRepository {
    private final Map<SupportGrantId, SupportGrant> grants = new LinkedHashMap<>();
    public int viewsCounted;

    @Override
    public void add(SupportGrant grant) {
        grants.put(grant.id(), grant);
    }

    @Override
    public void update(SupportGrant grant) {
        if (!grants.containsKey(grant.id())) {
            throw new IllegalStateException("no such grant");
        }
        grants.put(grant.id(), grant);
    }

    @Override
    public void countView(SupportGrant grant) {
        viewsCounted++;
    }

    @Override
    public Optional<SupportGrant> find(SupportGrantId id) {
        return Optional.ofNullable(grants.get(id));
    }

    @Override
    public Optional<SupportGrant> findInWorkspace(com.coachkeep.shared.domain.WorkspaceId workspaceId, SupportGrantId id) {
        return find(id).filter(g -> g.workspaceId().equals(workspaceId));
    }

    @Override
    public void updateInWorkspace(SupportGrant grant) {
        update(grant);
    }

    @Override
    public List<SupportGrant> listPending(Instant since, int max) {
        return grants.values().stream().filter(g -> g.state() == SupportGrant.State.PENDING && !g.requestedAt().isBefore(since))
                .sorted(Comparator.comparing(SupportGrant::requestedAt)).limit(max).toList();
    }

    @Override
    public List<SupportGrant> listRequestedBy(String staffId, int max) {
        return newestFirst().stream().filter(g -> g.requestedBy().equals(staffId)).limit(max).toList();
    }

    @Override
    public Page<SupportGrant> listForWorkspace(WorkspaceId workspaceId, PageRequest page) {
        List<SupportGrant> all = newestFirst().stream().filter(g -> g.workspaceId().equals(workspaceId)).toList();
        int from = page.cursor() == null ? 0 : Integer.parseInt(page.cursor());
        int to = Math.min(all.size(), from + page.limit());
        return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }

    private List<SupportGrant> newestFirst() {
        List<SupportGrant> all = new ArrayList<>(grants.values());
        java.util.Collections.reverse(all);
        return all;
    }
}
