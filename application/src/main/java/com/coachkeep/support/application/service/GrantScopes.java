package com.coachkeep.support.application.service;

import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.support.application.port.out.ContentScopesPort;
import com.coachkeep.support.application.port.out.SupportContentPort;
import com.coachkeep.support.domain.GrantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content scopes the features contribute ({@link SupportContentPort} beans), by name: what a grant may be asked
 * for, and who reads it. Two features naming the same scope, or a scope including one nobody contributes, fail at the
 * first use rather than show the wrong content.
 */
@ApplicationScoped
public class GrantScopes {
    private final ContentScopesPort contributed;
    private volatile Map<String, SupportContentPort> byName;

    @Inject
    public GrantScopes(ContentScopesPort contributed) {
        this.contributed = contributed;
    }

    /** For tests and callers outside CDI: the scopes of these contributions. */
    public static GrantScopes of(List<SupportContentPort> contributed) {
        return new GrantScopes(() -> contributed);
    }

    protected GrantScopes() {
        this.contributed = null;
    }

    /** Every contributed scope, ordinary ones first, then by name. */
    public List<SupportContentPort> all() {
        return scopes().values().stream()
                .sorted(Comparator.comparing((SupportContentPort p) -> p.scope().sensitive()).thenComparing(p -> p.scope().name()))
                .toList();
    }

    /** The scope {@code raw} names (in either form), for a new grant; invalid input when no feature contributes it. */
    public GrantScope require(String field, String raw) {
        return GrantScope.nameOf(raw).map(scopes()::get).map(SupportContentPort::scope)
                .orElseThrow(() -> InvalidInputException.of(field,
                        "must be one of " + String.join(", ", all().stream().map(p -> p.scope().name()).toList())));
    }

    /** Who reads the scope {@code raw} names; not found when no feature contributes it. */
    public SupportContentPort reader(String raw) {
        return GrantScope.nameOf(raw).map(scopes()::get).orElseThrow(() -> new NotFoundException("content scope"));
    }

    /** The scope of a stored grant, among the contributed ones ({@link GrantScope#stored}). */
    public GrantScope stored(String storedName) {
        return GrantScope.stored(storedName, scopes().values().stream().map(SupportContentPort::scope).toList());
    }

    public Optional<SupportContentPort> find(GrantScope scope) {
        return Optional.ofNullable(scopes().get(scope.name()));
    }

    private Map<String, SupportContentPort> scopes() {
        Map<String, SupportContentPort> known = byName;
        if (known == null) {
            known = index(contributed.contributed());
            byName = known;
        }
        return known;
    }

    private static Map<String, SupportContentPort> index(List<SupportContentPort> contributed) {
        Map<String, SupportContentPort> by = new LinkedHashMap<>();
        for (SupportContentPort p : contributed) {
            SupportContentPort before = by.put(p.scope().name(), p);
            if (before != null) {
                throw new IllegalStateException("two features contribute the support scope " + p.scope().name() + ": "
                        + before.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        for (SupportContentPort p : by.values()) {
            for (String included : p.scope().includes()) {
                if (!by.containsKey(included)) {
                    throw new IllegalStateException("support scope " + p.scope().name() + " includes " + included
                            + ", which no feature contributes");
                }
            }
        }
        return Map.copyOf(by);
    }
}
