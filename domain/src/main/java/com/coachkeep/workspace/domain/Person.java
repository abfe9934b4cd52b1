package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone who signs in through the identity provider. Identified by (issuer, subject); provisioned on their
 * first call. Coachkeep stores no credential of theirs: the email is copied from the verified token and
 * refreshed whenever it changes there.
 */
public final class Person {
    private final PersonId id;
    private final String issuer;
    private final String subject;
    private EmailAddress email;
    private boolean emailVerified;
    private String displayName;
    private final Instant createdAt;

    public Person(PersonId id, String issuer, String subject, EmailAddress email, boolean emailVerified,
            String displayName, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.issuer = Objects.requireNonNull(issuer);
        this.subject = Objects.requireNonNull(subject);
        this.email = email;
        this.emailVerified = emailVerified;
        this.displayName = displayName;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The issuer a deleted account's row is left with (its subject becomes its own id). */
    public static final String DELETED_ISSUER = "deleted";

    public static Person provision(String issuer, String subject, EmailAddress email, boolean emailVerified,
            String displayName, Instant now) {
        return new Person(PersonId.newId(), issuer, subject, email, emailVerified, displayName, now);
    }

    /** Copies the identity provider's current view of this person; tells whether anything changed. */
    public boolean refresh(EmailAddress email, boolean emailVerified, String displayName) {
        boolean changed = !Objects.equals(this.email, email) || this.emailVerified != emailVerified
                || (displayName != null && !Objects.equals(this.displayName, displayName));
        this.email = email;
        this.emailVerified = emailVerified;
        if (displayName != null) {
            this.displayName = displayName;
        }
        return changed;
    }

    /**
     * A one-way digest of an identity-provider identity. When an account is deleted, its row keeps only this (no
     * issuer, subject, email or name), so tokens issued before the deletion can be refused while a sign-in after it
     * starts a new, empty account.
     */
    public static String identityDigest(String issuer, String subject) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "\n" + subject).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Whether this is what is left of a deleted account. */
    public boolean deleted() {
        return DELETED_ISSUER.equals(issuer);
    }

    /** True when the identity provider vouches for the email address, which invitation acceptance relies on. */
    public boolean hasVerifiedEmail(EmailAddress address) {
        return emailVerified && email != null && email.equals(address);
    }

    public PersonId id() { return id; }
    public String issuer() { return issuer; }
    public String subject() { return subject; }
    public EmailAddress email() { return email; }
    public boolean emailVerified() { return emailVerified; }
    public String displayName() { return displayName; }
    public Instant createdAt() { return createdAt; }
}
