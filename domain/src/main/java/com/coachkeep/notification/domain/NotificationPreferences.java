package com.coachkeep.notification.domain;

import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.shared.domain.PersonId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One person's choices about optional email, across every workspace they belong to. Invariants: every
 * category is on unless the person turned it off; essential emails are not governed by this at all. The
 * unsubscribe token (32 random bytes) goes into the one-click unsubscribe link of each optional email; it
 * only ever allows turning a category off, which is why it is kept in clear (unlike invitation secrets).
 * Lifecycle: created with everything on when the person first receives an optional email or reads their
 * preferences; each change raises the version (the API's ETag).
 */
public final class NotificationPreferences {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonId personId;
    private final EnumSet<NotificationCategory> optedOut;
    private final String unsubscribeToken;
    private long version;
    private Instant updatedAt;

    public NotificationPreferences(PersonId personId, Set<NotificationCategory> optedOut, String unsubscribeToken,
            long version, Instant updatedAt) {
        this.personId = Objects.requireNonNull(personId);
        this.optedOut = optedOut.isEmpty() ? EnumSet.noneOf(NotificationCategory.class) : EnumSet.copyOf(optedOut);
        this.unsubscribeToken = Objects.requireNonNull(unsubscribeToken);
        this.version = version;
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** Everything on, with a fresh unsubscribe token. */
    public static NotificationPreferences defaults(PersonId personId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new NotificationPreferences(personId, Set.of(), token, 0, now);
    }

    public boolean allows(NotificationCategory category) {
        return !optedOut.contains(category);
    }

    /** Sets the given categories on or off, leaving the others as they are; tells whether anything changed. */
    public boolean change(Map<NotificationCategory, Boolean> enabled, Instant now) {
        EnumSet<NotificationCategory> before = EnumSet.copyOf(optedOut.isEmpty() ? EnumSet.noneOf(NotificationCategory.class) : optedOut);
        enabled.forEach((category, on) -> {
            if (Boolean.TRUE.equals(on)) {
                optedOut.remove(category);
            } else {
                optedOut.add(category);
            }
        });
        if (before.equals(optedOut)) {
            return false;
        }
        version++;
        updatedAt = now;
        return true;
    }

    /** Turns one category off (the one-click unsubscribe); tells whether it was on. */
    public boolean optOut(NotificationCategory category, Instant now) {
        return change(Map.of(category, false), now);
    }

    public PersonId personId() { return personId; }
    public Set<NotificationCategory> optedOut() { return optedOut.isEmpty() ? Set.of() : EnumSet.copyOf(optedOut); }
    public String unsubscribeToken() { return unsubscribeToken; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
}
