package com.coachkeep.support.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a support grant lets its holder see of a workspace, read-only: a scope of content that the feature owning the
 * content contributes (roster's {@code roster} and {@code coach-notes}; a later feature its own), never a list kept by
 * support. A sensitive scope (private notes, health content) needs a second staff member's approval before the grant
 * starts. A scope may include narrower ones, named in {@code includes} (the coach notes are read beside the client they
 * are about, so {@code coach-notes} includes {@code roster}); inclusion is not transitive, a scope names every scope it
 * includes.
 *
 * <p>The name is lower-case words joined by hyphens, stable once released: it is how the console, the owner's API and the
 * audit trail name the scope. Grants store it in upper case with underscores ({@link #storedName()}: {@code ROSTER},
 * {@code COACH_NOTES}), the form grants were stored in when the scopes were an enumeration, so stored grants keep
 * their meaning.
 */
public record GrantScope(String name, boolean sensitive, Set<String> includes) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public GrantScope {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a scope's name is lower-case words joined by hyphens: " + name);
        }
        includes = Set.copyOf(includes);
        for (String included : includes) {
            if (!NAME.matcher(included).matches() || included.equals(name)) {
                throw new IllegalArgumentException("scope " + name + " cannot include " + included);
            }
        }
    }

    /** A scope that includes no other. */
    public static GrantScope of(String name, boolean sensitive) {
        return new GrantScope(name, sensitive, Set.of());
    }

    /** Whether a grant of this scope allows seeing {@code wanted}: the scope itself, or one it includes. */
    public boolean covers(GrantScope wanted) {
        return name.equals(wanted.name) || includes.contains(wanted.name);
    }

    public String wireName() {
        return name;
    }

    /** The name as grants store it: {@code COACH_NOTES} for {@code coach-notes}. */
    public String storedName() {
        return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * The scope name that {@code raw} means, in either form ({@code coach-notes} or {@code COACH_NOTES}), when it is
     * well formed; whether a feature contributes it is for the caller to check.
     */
    public static Optional<String> nameOf(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    /**
     * The scope a stored grant names, among the {@code known} ones. A scope no feature contributes any more (a feature
     * withdrawn) stays readable as a sensitive scope that covers nothing but itself, which no content answers.
     */
    public static GrantScope stored(String storedName, Iterable<GrantScope> known) {
        String name = nameOf(storedName).orElseThrow(() -> new IllegalArgumentException("not a scope: " + storedName));
        for (GrantScope s : known) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        return of(name, true);
    }
}
