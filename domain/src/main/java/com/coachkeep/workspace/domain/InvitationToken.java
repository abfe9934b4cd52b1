package com.coachkeep.workspace.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an invitation link. Only its SHA-256 hash is stored, so a copy of the database cannot be used
 * to accept invitations. 32 random bytes, URL-safe.
 */
public record InvitationToken(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static InvitationToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "InvitationToken[redacted]";
    }
}
