package com.coachkeep.infrastructure.persistence.workspace;

import com.coachkeep.workspace.application.port.out.MembershipRepository.CallerMembership;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.Membership;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * This node's memory of callers' identities in workspaces: the person, their active membership, the workspace and a
 * custom role, as the identity read found them, so that most requests need no identity statement. An identity is kept
 * with the two identity epochs read before it (the workspace's and the person's, changeset 0050) and used only while
 * both are unchanged: every request reads them afresh in the statement that makes its tenant setting, and any change to
 * a membership, custom role, workspace or person replaces one of them in the change's own transaction. So a member
 * removed, a role changed or a workspace suspended on any node is refused on the very next request on every node, as
 * without this memory. Only members' identities are kept (a refusal is read again every time), and only where both
 * epochs exist. An identity is kept as copies no request can change; each use builds new domain objects from them.
 *
 * <p>{@code coachkeep.identity-cache.size} (20,000 by default; 0 turns the memory off) bounds the entries; an entry not
 * used for ten minutes is dropped. {@code /metrics} counts the requests answered from it and those that read the
 * identity: {@code coachkeep_identity_cache_hits_total} and {@code coachkeep_identity_cache_misses_total}.
 */
@ApplicationScoped
public class IdentityCache {
    static final String SIZE = "coachkeep.identity-cache.size";

    @Inject
    Config config;

    @Inject
    Instance<MetricRegistry> registries;

    private Cache<Key, Entry> entries;
    private Counter hits;
    private Counter misses;

    /** A caller (issuer and subject of their token) in a workspace. */
    public record Key(String issuer, String subject, UUID workspace) {
    }

    private record Entry(String epochs, PersonEntity person, MembershipEntity membership, WorkspaceEntity workspace,
            CustomRoleEntity customRole) {
        CallerMembership identity() {
            Optional<CustomRole> role = Optional.ofNullable(customRole).map(WorkspaceMapper::toDomain);
            return new CallerMembership(WorkspaceMapper.toDomain(person), Optional.of(WorkspaceMapper.toDomain(membership)),
                    Optional.of(WorkspaceMapper.toDomain(workspace)), role);
        }
    }

    @PostConstruct
    void create() {
        long size = config == null ? 20_000 : config.getOptionalValue(SIZE, Long.class).orElse(20_000L);
        entries = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofMinutes(10)).build();
        if (registries != null && registries.isResolvable()) {
            MetricRegistry registry = registries.get();
            hits = registry.counter(Metadata.builder().withName("coachkeep.identity.cache.hits")
                    .withDescription("Requests to a workspace answered with the caller's kept identity (no identity read)").build());
            misses = registry.counter(Metadata.builder().withName("coachkeep.identity.cache.misses")
                    .withDescription("Requests to a workspace that read the caller's identity (none kept, or its epochs changed)").build());
        }
    }

    /** The identity kept for this caller, when the epochs read now are the ones it was kept with. */
    public Optional<CallerMembership> use(Key key, String epochs) {
        Entry e = entries == null ? null : entries.getIfPresent(key);
        boolean hit = e != null && e.epochs().equals(epochs);
        Counter counter = hit ? hits : misses;
        if (counter != null) {
            counter.inc();
        }
        return hit ? Optional.of(e.identity()) : Optional.empty();
    }

    /**
     * Keeps what the identity read found, with the epochs read before it: a member's identity, while both epochs exist;
     * anything else drops what was kept for the caller.
     */
    public void keep(Key key, String epochs, CallerMembership found) {
        if (entries == null) {
            return;
        }
        int colon = epochs.indexOf(':');
        if (found.membership().isEmpty() || found.workspace().isEmpty() || colon <= 0 || colon == epochs.length() - 1) {
            entries.invalidate(key);
            return;
        }
        Membership m = found.membership().get();
        PersonEntity person = new PersonEntity();
        WorkspaceMapper.copy(found.person(), person);
        MembershipEntity membership = new MembershipEntity();
        WorkspaceMapper.copy(m, membership);
        WorkspaceEntity workspace = new WorkspaceEntity();
        WorkspaceMapper.copy(found.workspace().get(), workspace);
        CustomRoleEntity customRole = null;
        if (found.customRole().isPresent()) {
            customRole = new CustomRoleEntity();
            WorkspaceMapper.copy(found.customRole().get(), customRole);
        }
        entries.put(key, new Entry(epochs, person, membership, workspace, customRole));
    }
}
